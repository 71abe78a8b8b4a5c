using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Plugins;
using MyPlugin;
using PluginTests.Support;

namespace PluginTests;

/// <summary>What the trade statistics report after a stream of order events and equity points.</summary>
public sealed class TradeStatisticsTests
{
    private static readonly DateTime Day1 = new(2024, 1, 2, 21, 0, 0, DateTimeKind.Utc);

    private static OrderFilled Filled(long id, OrderSide side, decimal quantity, decimal price, decimal commission)
    {
        var order = new Order(id, $"S-{id}", "ALFA", side, OrderType.Market, quantity, Day1) { Status = OrderStatus.Filled };
        var fill = new Fill(id, id, order.ClientOrderId, "ALFA", Day1, side, quantity, price, commission, 0m, Liquidity.Taker);
        return new OrderFilled(order, Day1, fill);
    }

    private static double? Metric(AnalyticsReport report, string name) => report.Metrics.Single(m => m.Key == name).Value;

    [Fact]
    public void Counts_orders_and_fills_and_adds_up_traded_value_and_commission()
    {
        var statistics = TestPluginContext.Start(new TradeStatistics());
        var buy = Filled(1, OrderSide.Buy, 10m, 100m, 1m);
        statistics.OnOrderEvent(new OrderSubmitted(buy.Order, Day1));
        statistics.OnOrderEvent(buy);
        statistics.OnOrderEvent(Filled(2, OrderSide.Sell, 10m, 110m, 1m));

        var report = statistics.CreateReport();

        Assert.Equal("Trade statistics", report.Title);
        Assert.Equal(1, Metric(report, "orders"));
        Assert.Equal(2, Metric(report, "fills"));
        Assert.Equal(2_100, Metric(report, "traded_value"));
        Assert.Equal(2, Metric(report, "commission"));
    }

    [Fact]
    public void Max_drawdown_is_the_largest_fall_from_a_running_peak()
    {
        var statistics = TestPluginContext.Start(new TradeStatistics());
        decimal[] equity = [100m, 120m, 90m, 130m, 117m];
        for (int i = 0; i < equity.Length; i++) statistics.OnEquity(Day1.AddDays(i), equity[i], equity[i]);

        var report = statistics.CreateReport();

        Assert.Equal(0.25, Metric(report, "max_drawdown")!.Value, precision: 12); // 120 -> 90
        Assert.Equal(117, Metric(report, "final_equity"));
    }

    [Fact]
    public void Before_any_equity_point_drawdown_and_final_equity_are_undefined_not_zero()
    {
        var report = TestPluginContext.Start(new TradeStatistics()).CreateReport();

        Assert.Null(Metric(report, "max_drawdown"));
        Assert.Null(Metric(report, "final_equity"));
    }

    [Fact]
    public void The_report_title_comes_from_configuration()
    {
        var statistics = TestPluginContext.Start(new TradeStatistics(), new Dictionary<string, string?> { ["Title"] = "Desk A" });

        Assert.Equal("Desk A", statistics.CreateReport().Title);
    }

    [Fact]
    public void An_empty_title_stops_the_plugin_and_names_the_key()
    {
        var error = Assert.Throws<PluginConfigurationException>(() =>
            TestPluginContext.Start(new TradeStatistics(), new Dictionary<string, string?> { ["Title"] = "" }));

        Assert.Contains("Plugins:my-plugin:Title", error.Message);
    }
}
