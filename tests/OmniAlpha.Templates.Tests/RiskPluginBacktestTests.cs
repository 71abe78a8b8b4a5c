using OmniAlpha.Templates.Tests.Support;

namespace OmniAlpha.Templates.Tests;

/// <summary><c>omnialpha backtest --risk ID</c> runs every order through a risk plugin made from the plugin template.</summary>
[Collection(TemplateWorkspaceCollection.Name)]
public sealed class RiskPluginBacktestTests(TemplateWorkspace workspace)
{
    [Fact]
    public void Every_order_the_generated_risk_plugin_refuses_is_rejected_with_its_reason()
    {
        string folder = Path.Combine(workspace.Root, "risk-backtest");
        string plugins = Path.Combine(folder, "plugins");
        foreach (string builtIn in Directory.EnumerateDirectories(Path.Combine(AppContext.BaseDirectory, "plugins")))
            RunningPluginHost.CopyFolder(builtIn, Path.Combine(plugins, Path.GetFileName(builtIn)));
        string id = TemplateWorkspace.PluginId("risk");
        RunningPluginHost.CopyFolder(workspace.PluginBuildOutput("risk"), Path.Combine(plugins, id));
        File.WriteAllText(Path.Combine(folder, "appsettings.json"), $$"""{ "Plugins": { "{{id}}": { "MaxPositionQuantity": 50 } } }""");

        ChildProcess.OmniAlpha(folder, "backtest", "SmaCross", "--symbols", "ALFA", "--param", "quantity=100",
            "--plugins", plugins, "--risk", id, "--out", Path.Combine(folder, "out")).ShouldSucceed();

        string[] orders = File.ReadAllLines(Path.Combine(folder, "out", "orders.csv"))[1..];
        Assert.NotEmpty(orders);
        Assert.All(orders, order => Assert.Contains($"risk check {id}: position limit 50 exceeded", order));
    }

    [Fact]
    public void A_risk_plugin_that_is_not_installed_is_one_clear_error()
    {
        string folder = Path.Combine(workspace.Root, "risk-missing");
        Directory.CreateDirectory(folder);

        var run = ChildProcess.OmniAlpha(folder, "backtest", "SmaCross", "--risk", "nosuch", "--out", Path.Combine(folder, "out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--risk: plugin 'nosuch' is not installed", run.Stderr);
    }
}
