using OmniAlpha.Sdk.Brokerage;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Plugins;
using OmniAlpha.Templates.Tests.Support;

namespace OmniAlpha.Templates.Tests;

/// <summary>
/// <c>dotnet new omnialpha-plugin -n AcmeRisk --kind risk</c> (and broker, data, analytics) makes a plugin whose tests
/// pass and whose build output, dropped into a running host's plugins folder, is loaded, configured from the host's
/// <c>Plugins:&lt;id&gt;</c> section and called through its kind interface.
/// </summary>
[Collection(TemplateWorkspaceCollection.Name)]
public sealed class PluginTemplateTests(TemplateWorkspace workspace)
{
    /// <summary>The plugin template's kinds.</summary>
    public static TheoryData<string> Kinds => new(TemplateWorkspace.PluginProjects.Keys);

    private static readonly DateTime Day1 = new(2024, 1, 2, 21, 0, 0, DateTimeKind.Utc);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_generated_tests_pass(string kind)
    {
        var run = GeneratedTestRuns.Of(workspace.TestRun, $"{TemplateWorkspace.PluginProjects[kind]}.Tests.dll");

        Assert.Equal(0, run.Failed);
        Assert.True(run.Passed >= 9, $"expected the manifest tests and the {kind} example's tests, {run.Passed} passed");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_build_output_is_a_plugin_folder_holding_the_plugin_but_not_the_sdk(string kind)
    {
        string output = workspace.PluginBuildOutput(kind);
        string id = TemplateWorkspace.PluginId(kind);

        Assert.True(File.Exists(Path.Combine(output, id + ".dll")), $"{id}.dll missing in {output}");
        Assert.False(File.Exists(Path.Combine(output, "OmniAlpha.Sdk.dll")), "the host provides the SDK; the plugin folder must not carry a copy");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Dropped_into_a_running_hosts_plugins_folder_it_is_loaded_configured_and_called(string kind)
    {
        string id = TemplateWorkspace.PluginId(kind);
        var configuration = new Dictionary<string, string?>
        {
            [$"Plugins:{id}:MaxPositionQuantity"] = kind == "risk" ? "100" : null,
            [$"Plugins:{id}:CommissionPerOrder"] = kind == "broker" ? "2.5" : null,
            [$"Plugins:{id}:Bars"] = kind == "data" ? "10" : null,
            [$"Plugins:{id}:Title"] = kind == "analytics" ? "Desk report" : null,
        }.Where(p => p.Value is not null).ToDictionary();
        await using var host = await RunningPluginHost.StartAsync(Path.Combine(workspace.Root, "running-host-" + kind), configuration);

        host.Deploy(workspace.PluginBuildOutput(kind), id);
        var status = await host.WaitUntilLoadedAsync(id, TimeSpan.FromSeconds(30));

        Assert.Equal("0.1.0", status.Version);
        switch (kind)
        {
            case "risk":
                var check = host.Current<IPreTradeRiskCheck>(id);
                var tooBig = new Order(1, "S-1", "ALFA", OrderSide.Buy, OrderType.Market, 101m, Day1);
                Assert.Equal("position limit 100 exceeded: ALFA would hold 101", check.Check(tooBig, new FlatPortfolio(100_000m, 10m)).Reason);
                Assert.True(check.Check(tooBig with { Quantity = 100m }, new FlatPortfolio(100_000m, 10m)).IsAccepted);
                break;
            case "broker":
                var brokerage = Assert.IsAssignableFrom<ISimulatedBrokerage>(
                    host.Current<IBrokerPlugin>(id).CreateBrokerage(new BrokerageRequest { Simulated = true }));
                var fills = new FillRecorder();
                brokerage.Connect(fills);
                brokerage.AddInstrument(Instrument.UsEquity("ALFA"));
                brokerage.Submit(new Order(1, "S-1", "ALFA", OrderSide.Buy, OrderType.Market, 10m, Day1));
                brokerage.OnBar(new Bar("ALFA", Day1.AddDays(1), 100m, 101m, 99m, 100.5m, 1_000m));
                Assert.Equal(["accepted 1", "fill 1 10@100 commission 2.5"], fills.Events);
                break;
            case "data":
                var source = host.Current<IHistoricalDataPlugin>(id).OpenHistory(new DataRequest());
                Assert.Equal(10, source.Load(Assert.Single(source.Symbols)).Count);
                break;
            case "analytics":
                var analytics = host.Current<IAnalyticsPlugin>(id);
                analytics.OnEquity(Day1, 100m, 100m);
                analytics.OnEquity(Day1.AddDays(1), 80m, 80m);
                var report = analytics.CreateReport();
                Assert.Equal("Desk report", report.Title);
                Assert.Equal(0.2, report.Metrics.Single(m => m.Key == "max_drawdown").Value!.Value, precision: 12);
                break;
            default:
                Assert.Fail("no call defined for kind " + kind);
                break;
        }
    }

    [Fact]
    public async Task Replaced_in_a_running_host_as_its_readme_says_the_new_copy_is_swapped_in_without_a_restart()
    {
        string id = TemplateWorkspace.PluginId("risk");
        var configuration = new Dictionary<string, string?> { [$"Plugins:{id}:MaxPositionQuantity"] = "100" };
        await using var host = await RunningPluginHost.StartAsync(Path.Combine(workspace.Root, "reloading-host"), configuration);
        host.Deploy(workspace.PluginBuildOutput("risk"), id);
        var first = await host.WaitUntilLoadedAsync(id, TimeSpan.FromSeconds(30));

        host.Replace(workspace.PluginBuildOutput("risk"), id);
        var second = await host.WaitUntilLoadedAsync(id, first.Generation + 1, TimeSpan.FromSeconds(30));

        Assert.True(second.Generation > first.Generation, $"generation {second.Generation} after {first.Generation}");
        var order = new Order(1, "S-1", "ALFA", OrderSide.Buy, OrderType.Market, 101m, Day1);
        Assert.False(host.Current<IPreTradeRiskCheck>(id).Check(order, new FlatPortfolio(100_000m, 10m)).IsAccepted);
    }
}
