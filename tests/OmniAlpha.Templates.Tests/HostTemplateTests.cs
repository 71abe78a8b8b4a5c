using System.Text.Json;
using OmniAlpha.Templates.Tests.Support;

namespace OmniAlpha.Templates.Tests;

/// <summary>
/// <c>dotnet new omnialpha-host</c> makes a folder to run <c>omnialpha</c> from: its appsettings.json points the
/// plugin host at its plugins/ folder and configures plugins, and its systemd unit runs a real command there.
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
        Assert.True(Directory.Exists(Path.Combine(workspace.HostFolder, "plugins")));
    }

    [Fact]
    public void The_service_runs_as_a_dedicated_user_in_the_host_folder_with_secrets_from_a_root_only_file()
    {
        Assert.Equal("oneshot", UnitValue("Type"));
        Assert.Equal("omnialpha", UnitValue("User"));
        Assert.Equal(workspace.HostFolder, UnitValue("WorkingDirectory"));
        Assert.Equal("-/etc/omnialpha/omnialpha.env", UnitValue("EnvironmentFile"));
        Assert.Equal("on-failure", UnitValue("Restart"));
        Assert.Equal("1 2 3", UnitValue("RestartPreventExitStatus"));
    }

    [SkippableFact]
    public void The_systemd_units_pass_systemd_analyze_verify()
    {
        Skip.IfNot(File.Exists("/usr/bin/systemd-analyze") || File.Exists("/bin/systemd-analyze"), "systemd-analyze is not installed on this machine");

        var verify = ChildProcess.Run("systemd-analyze", workspace.HostFolder, TimeSpan.FromSeconds(60),
            "verify", "--man=no", Path.Combine(workspace.HostFolder, "omnialpha.service"), Path.Combine(workspace.HostFolder, "omnialpha.timer"));

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

        // ExecStart, run as systemd would: the unit's command line in its working directory.
        string[] command = UnitValue("ExecStart").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        ChildProcess.Launch(UnitValue("WorkingDirectory"), command[0], command[1..]).ShouldSucceed();
        Assert.True(File.Exists(Path.Combine(workspace.HostFolder, "out", "latest", "summary.json")));
    }
}
