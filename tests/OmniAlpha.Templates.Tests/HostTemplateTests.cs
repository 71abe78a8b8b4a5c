using System.Text.Json;
using OmniAlpha.Templates.Tests.Support;

namespace OmniAlpha.Templates.Tests;

/// <summary>
/// <c>dotnet new omnialpha-host</c> makes a folder to run <c>omnialpha</c> from: its appsettings.json points the
/// plugin host at its plugins/ folder, configures plugins and the service's strategies, and its hardened systemd unit runs
/// <c>omnialpha serve</c> there.
/// </summary>
[Collection(TemplateWorkspaceCollection.Name)]
public sealed class HostTemplateTests(TemplateWorkspace workspace)
{
    private string Unit => File.ReadAllText(Path.Combine(workspace.HostFolder, "omnialpha.service"));

    private string UnitValue(string key) =>
        Unit.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith(key + "=", StringComparison.Ordinal))[(key.Length + 1)..];

    [Fact]
    public void The_configuration_points_the_plugin_host_at_the_plugins_folder_and_configures_plugins_by_id()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(workspace.HostFolder, "appsettings.json")));
        var root = settings.RootElement;

        Assert.Equal("plugins", root.GetProperty("PluginHost").GetProperty("Directory").GetString());
        Assert.True(root.GetProperty("PluginHost").GetProperty("WatchForChanges").GetBoolean());
        Assert.Equal(2520, root.GetProperty("Plugins").GetProperty("sample-data").GetProperty("BarCount").GetInt32());
        var strategy = root.GetProperty("Serve").GetProperty("Strategies")[0];
        Assert.Equal("SmaCross.cs", strategy.GetProperty("Script").GetString());
        Assert.Equal("http://127.0.0.1:5080", root.GetProperty("urls").GetString());
        Assert.True(Directory.Exists(Path.Combine(workspace.HostFolder, "plugins")));
    }

    [Fact]
    public void The_service_runs_as_a_dedicated_user_in_the_host_folder_with_secrets_from_a_root_only_file()
    {
        Assert.Equal("notify", UnitValue("Type"));
        Assert.Equal("omnialpha", UnitValue("User"));
        Assert.Equal(workspace.HostFolder, UnitValue("WorkingDirectory"));
        Assert.Equal("-/etc/omnialpha/omnialpha.env", UnitValue("EnvironmentFile"));
        Assert.Equal("on-failure", UnitValue("Restart"));
        Assert.Equal("2", UnitValue("RestartPreventExitStatus"));
        Assert.Equal(
            $"{workspace.InstallFolder}/omnialpha serve --config {workspace.HostFolder}/appsettings.json --data-dir {workspace.HostFolder}/data",
            UnitValue("ExecStart"));
    }

    [Fact]
    public void The_service_is_hardened_and_may_write_only_to_its_own_folder()
    {
        Assert.Equal("yes", UnitValue("NoNewPrivileges"));
        Assert.Equal("strict", UnitValue("ProtectSystem"));
        Assert.Equal("yes", UnitValue("ProtectHome"));
        Assert.Equal("yes", UnitValue("PrivateTmp"));
        Assert.Equal(workspace.HostFolder, UnitValue("ReadWritePaths"));
        Assert.False(File.Exists(Path.Combine(workspace.HostFolder, "omnialpha.timer")), "the long-running service needs no timer");
    }

    [SkippableFact]
    public void The_systemd_units_pass_systemd_analyze_verify()
    {
        Skip.IfNot(File.Exists("/usr/bin/systemd-analyze") || File.Exists("/bin/systemd-analyze"), "systemd-analyze is not installed on this machine");

        var verify = ChildProcess.Run("systemd-analyze", workspace.HostFolder, TimeSpan.FromSeconds(60),
            "verify", "--man=no", Path.Combine(workspace.HostFolder, "omnialpha.service"));

        Assert.True(verify.ExitCode == 0, $"systemd-analyze verify failed:\n{verify.Stdout}\n{verify.Stderr}");
        Assert.Equal("", verify.Stderr.Trim());
    }

    [Fact]
    public void In_the_host_folder_omnialpha_loads_the_plugins_folder_and_the_services_command_succeeds()
    {
        // The README's set-up: the built-in plugins copied into plugins/, plus a plugin made from the plugin template.
        string plugins = Path.Combine(workspace.HostFolder, "plugins");
        foreach (string builtIn in Directory.EnumerateDirectories(Path.Combine(AppContext.BaseDirectory, "plugins")))
            RunningPluginHost.CopyFolder(builtIn, Path.Combine(plugins, Path.GetFileName(builtIn)));
        RunningPluginHost.CopyFolder(workspace.PluginBuildOutput("risk"), Path.Combine(plugins, TemplateWorkspace.PluginId("risk")));

        var list = ChildProcess.Launch(workspace.HostFolder, Path.Combine(workspace.InstallFolder, "omnialpha"), "plugins", "list", "--json").ShouldSucceed();
        using var listed = JsonDocument.Parse(list.Stdout);
        var states = listed.RootElement.EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("state").GetString());
        Assert.Equal("loaded", states[TemplateWorkspace.PluginId("risk")]);
        Assert.Equal("loaded", states["sample-data"]);

        // ExecStart, run as systemd would: the unit's command line in its working directory, told to stop at the end
        // of a short slice of the data (any free port).
        string[] command = UnitValue("ExecStart").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        ChildProcess.Launch(UnitValue("WorkingDirectory"), command[0],
            [.. command[1..], "--urls", "http://127.0.0.1:0", "--Serve:StopAtEndOfData=true", "--Serve:Speed=0", "--Serve:Data:From=2024-06-01T00:00:00Z"]).ShouldSucceed();
        Assert.True(File.Exists(Path.Combine(workspace.HostFolder, "data", "omnialpha.db")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(workspace.HostFolder, "data", "logs"), "omnialpha-*.log"));
    }
}
