using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Orders;
using StrategyTests.Harness;

namespace StrategyTests;

/// <summary>
/// What MyStrategy decides, bar by bar, on hand-made price series (in-memory context, see
/// <see cref="TestStrategyContext"/>). The full engine run is <c>omnialpha backtest MyStrategy.cs</c>.
/// </summary>
public sealed class MyStrategyTests
{
    private static readonly Symbol Traded = new("ALFA");

    private static TestStrategyContext Run(decimal[] closes, Dictionary<string, string>? parameters = null)
    {
        var context = new TestStrategyContext([Traded], startingCash: 100_000m, parameters);
        context.Run(new global::MyStrategy(), Bars.FromCloses(Traded, closes));
        return context;
    }

    [Fact]
    public void Does_not_trade_before_the_average_has_period_closes()
    {
        var context = Run(Bars.Line(100m, 1m, 19));

        Assert.Empty(context.Orders);
    }

    [Fact]
    public void Buys_at_the_next_open_once_the_close_rises_above_its_average()
    {
        // 20 closes at 100 make SMA(20) = 100 (not above: no trade); 101 lifts the close above the average.
        var context = Run(Bars.Concat(Bars.Line(100m, 0m, 20), [101m, 102m]));

        var order = Assert.Single(context.Orders);
        Assert.Equal(OrderSide.Buy, order.Side);
        Assert.Equal(Bars.FirstClose.AddDays(20), order.CreatedTime);
        var fill = Assert.Single(context.Fills);
        Assert.Equal(Bars.FirstClose.AddDays(21), fill.Time);
        Assert.Equal(101m, fill.Price); // the open of the bar after the decision
        // All of the equity but the 0.25 % sizing buffer, in whole shares: floor(99,750 / 101) = 987.
        Assert.Equal(987m, fill.Quantity);
        Assert.True(context.Portfolio.GetPosition(Traded).IsLong);
    }

    [Fact]
    public void Sells_the_whole_position_when_the_close_falls_below_its_average()
    {
        var context = Run(Bars.Concat(Bars.Line(100m, 0m, 20), Bars.Line(101m, 1m, 5), [90m, 89m]));

        Assert.Collection(context.Orders,
            buy => Assert.Equal(OrderSide.Buy, buy.Side),
            sell =>
            {
                Assert.Equal(OrderSide.Sell, sell.Side);
                Assert.Equal(context.Orders[0].Quantity, sell.Quantity);
                Assert.Equal(OrderStatus.Filled, sell.Status);
            });
        Assert.True(context.Portfolio.GetPosition(Traded).IsFlat);
        // Bought 987 at 101, sold at the open after the drop (90).
        Assert.Equal(100_000m + 987m * (90m - 101m), context.Portfolio.Cash);
    }

    [Fact]
    public void The_period_parameter_sets_the_length_of_the_average()
    {
        var context = Run(Bars.Concat(Bars.Line(100m, 0m, 5), [101m, 102m]), new() { ["period"] = "5" });

        Assert.Equal("5", context.ReportedParameters["period"]);
        Assert.Equal(Bars.FirstClose.AddDays(5), Assert.Single(context.Orders).CreatedTime);
    }

    [Fact]
    public void A_period_below_two_stops_the_run_at_start()
    {
        var error = Assert.Throws<ArgumentException>(() => Run([100m], new() { ["period"] = "1" }));

        Assert.Contains("period must be at least 2", error.Message);
    }

    [Fact]
    public void By_default_each_symbol_gets_an_equal_share_of_equity()
    {
        var context = new TestStrategyContext([Traded, new Symbol("OTHER")]);
        context.Run(new global::MyStrategy(), []);

        Assert.Equal("0.5", context.ReportedParameters["fraction"]);
    }
}
