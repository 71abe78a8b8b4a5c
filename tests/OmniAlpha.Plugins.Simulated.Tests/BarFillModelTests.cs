using OmniAlpha.Plugins.Simulated.Tests.Support;
using OmniAlpha.Sdk.Execution;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Plugins.Simulated.Tests;

/// <summary>The default bar fill rules, bar by bar: normal bars, gaps up and down, levels not reached.</summary>
public class BarFillModelTests
{
    private static readonly Instrument Aapl = Instrument.UsEquity(TestBars.Aapl);
    private static readonly DateTime Created = TestBars.Close(2);

    // O=100 H=102 L=98 C=101: a normal bar; the gap bars open beyond the levels used below.
    private static readonly Bar Normal = TestBars.Daily(3, 100m, 102m, 98m, 101m);
    private static readonly Bar GapUp = TestBars.Daily(3, 105m, 106m, 104m, 105.5m);
    private static readonly Bar GapDown = TestBars.Daily(3, 95m, 96m, 94m, 95.5m);

    private static FillDecision Evaluate(Order order, Bar bar, bool stopTriggered = false, decimal trailingStop = 0m,
        bool sessionOpen = true, bool sessionClose = true) =>
        new BarFillModel().Evaluate(new FillContext(order, Aapl, stopTriggered, trailingStop, sessionOpen, sessionClose), in bar);

    private static void AssertFill(FillDecision decision, decimal price, Liquidity liquidity)
    {
        Assert.True(decision.IsFilled);
        Assert.Equal(price, decision.Price);
        Assert.Equal(liquidity, decision.Liquidity);
    }

    [Fact]
    public void Market_fills_at_the_open_as_taker()
    {
        AssertFill(Evaluate(TestOrders.Market(1, OrderSide.Buy, 10m, Created), Normal), 100m, Liquidity.Taker);
        AssertFill(Evaluate(TestOrders.Market(1, OrderSide.Sell, 10m, Created), GapDown), 95m, Liquidity.Taker);
    }

    [Fact]
    public void Market_on_open_fills_at_the_open_of_a_session_open_bar_only()
    {
        Order order = TestOrders.New(1, OrderSide.Buy, OrderType.MarketOnOpen, 10m, Created);
        AssertFill(Evaluate(order, Normal, sessionOpen: true, sessionClose: false), 100m, Liquidity.Taker);
        Assert.False(Evaluate(order, Normal, sessionOpen: false, sessionClose: true).IsFilled);
    }

    [Fact]
    public void Market_on_close_fills_at_the_close_of_a_session_close_bar_only()
    {
        Order order = TestOrders.New(1, OrderSide.Sell, OrderType.MarketOnClose, 10m, Created);
        AssertFill(Evaluate(order, Normal, sessionOpen: false, sessionClose: true), 101m, Liquidity.Taker);
        Assert.False(Evaluate(order, Normal, sessionOpen: true, sessionClose: false).IsFilled);
    }

    [Theory]
    [InlineData(99, 99, "Maker")] // traded down to the limit
    [InlineData(98, 98, "Maker")] // the low touches the limit exactly
    [InlineData(100, 100, "Maker")] // opens at the limit
    [InlineData(101, 100, "Taker")] // the open is better than the limit
    public void Limit_buy_fills_at_the_lower_of_limit_and_open(double limit, double price, string liquidity) =>
        AssertFill(Evaluate(TestOrders.Limit(1, OrderSide.Buy, 10m, (decimal)limit, Created), Normal),
            (decimal)price, Enum.Parse<Liquidity>(liquidity));

    [Fact]
    public void Limit_buy_on_a_gap_down_fills_at_the_open_and_not_when_the_low_stays_above()
    {
        AssertFill(Evaluate(TestOrders.Limit(1, OrderSide.Buy, 10m, 97m, Created), GapDown), 95m, Liquidity.Taker);
        Assert.False(Evaluate(TestOrders.Limit(1, OrderSide.Buy, 10m, 97.99m, Created), Normal).IsFilled);
        Assert.False(Evaluate(TestOrders.Limit(1, OrderSide.Buy, 10m, 103m, Created), GapUp).IsFilled);
    }

    [Fact]
    public void Limit_sell_fills_at_the_higher_of_limit_and_open()
    {
        AssertFill(Evaluate(TestOrders.Limit(1, OrderSide.Sell, 10m, 101.5m, Created), Normal), 101.5m, Liquidity.Maker);
        AssertFill(Evaluate(TestOrders.Limit(1, OrderSide.Sell, 10m, 102m, Created), GapUp), 105m, Liquidity.Taker);
        Assert.False(Evaluate(TestOrders.Limit(1, OrderSide.Sell, 10m, 102.01m, Created), Normal).IsFilled);
        Assert.False(Evaluate(TestOrders.Limit(1, OrderSide.Sell, 10m, 97m, Created), GapDown).IsFilled);
    }

    [Fact]
    public void Stop_buy_triggers_on_the_high_and_fills_at_the_higher_of_stop_and_open()
    {
        AssertFill(Evaluate(TestOrders.Stop(1, OrderSide.Buy, 10m, 101m, Created), Normal), 101m, Liquidity.Taker);
        AssertFill(Evaluate(TestOrders.Stop(1, OrderSide.Buy, 10m, 102m, Created), Normal), 102m, Liquidity.Taker);
        AssertFill(Evaluate(TestOrders.Stop(1, OrderSide.Buy, 10m, 103m, Created), GapUp), 105m, Liquidity.Taker);
        Assert.False(Evaluate(TestOrders.Stop(1, OrderSide.Buy, 10m, 102.01m, Created), Normal).IsFilled);
    }

    [Fact]
    public void Stop_sell_triggers_on_the_low_and_fills_at_the_lower_of_stop_and_open()
    {
        AssertFill(Evaluate(TestOrders.Stop(1, OrderSide.Sell, 10m, 99m, Created), Normal), 99m, Liquidity.Taker);
        AssertFill(Evaluate(TestOrders.Stop(1, OrderSide.Sell, 10m, 97m, Created), GapDown), 95m, Liquidity.Taker);
        Assert.False(Evaluate(TestOrders.Stop(1, OrderSide.Sell, 10m, 97.99m, Created), Normal).IsFilled);
    }

    [Fact]
    public void A_stop_triggered_on_an_earlier_bar_fills_at_the_open_like_a_market_order()
    {
        FillDecision decision = Evaluate(TestOrders.Stop(1, OrderSide.Sell, 10m, 90m, Created), Normal, stopTriggered: true);
        AssertFill(decision, 100m, Liquidity.Taker);
        Assert.True(decision.StopTriggered);
    }

    [Fact]
    public void Stop_limit_buy_triggered_within_its_limit_fills_at_the_stop_as_taker()
    {
        FillDecision decision = Evaluate(TestOrders.StopLimit(1, OrderSide.Buy, 10m, 101m, 101.5m, Created), Normal);
        AssertFill(decision, 101m, Liquidity.Taker);
        Assert.True(decision.StopTriggered);
    }

    [Fact]
    public void Stop_limit_buy_gapping_above_its_limit_rests_at_the_limit()
    {
        // Triggered at the open 105 (above the 104.5 limit), then the bar came back down to 104: filled at the limit as maker.
        AssertFill(Evaluate(TestOrders.StopLimit(1, OrderSide.Buy, 10m, 103m, 104.5m, Created), GapUp), 104.5m, Liquidity.Maker);

        // Gap through stop to 105 but the low (104) stays above the 103.5 limit: triggered, not filled.
        FillDecision decision = Evaluate(TestOrders.StopLimit(1, OrderSide.Buy, 10m, 103m, 103.5m, Created), GapUp);
        Assert.False(decision.IsFilled);
        Assert.True(decision.StopTriggered);
    }

    [Fact]
    public void Stop_limit_buy_with_a_gap_open_between_stop_and_limit_fills_at_the_open()
    {
        AssertFill(Evaluate(TestOrders.StopLimit(1, OrderSide.Buy, 10m, 103m, 106m, Created), GapUp), 105m, Liquidity.Taker);
    }

    [Fact]
    public void Stop_limit_not_triggered_neither_fills_nor_reports_a_trigger()
    {
        FillDecision decision = Evaluate(TestOrders.StopLimit(1, OrderSide.Buy, 10m, 103m, 104m, Created), Normal);
        Assert.Equal(FillDecision.None, decision);
    }

    [Fact]
    public void Stop_limit_triggered_earlier_is_a_plain_limit()
    {
        Order order = TestOrders.StopLimit(1, OrderSide.Buy, 10m, 110m, 99m, Created);
        AssertFill(Evaluate(order, Normal, stopTriggered: true), 99m, Liquidity.Maker);
        AssertFill(Evaluate(order, GapDown, stopTriggered: true), 95m, Liquidity.Taker);
        Assert.False(Evaluate(order, GapUp, stopTriggered: true).IsFilled);
    }

    [Fact]
    public void Stop_limit_sell_mirrors_the_buy_rules()
    {
        AssertFill(Evaluate(TestOrders.StopLimit(1, OrderSide.Sell, 10m, 99m, 98.5m, Created), Normal), 99m, Liquidity.Taker);
        AssertFill(Evaluate(TestOrders.StopLimit(1, OrderSide.Sell, 10m, 97m, 95.5m, Created), GapDown), 95.5m, Liquidity.Maker);
        AssertFill(Evaluate(TestOrders.StopLimit(1, OrderSide.Sell, 10m, 97m, 94.5m, Created), GapDown), 95m, Liquidity.Taker);
        FillDecision rested = Evaluate(TestOrders.StopLimit(1, OrderSide.Sell, 10m, 97m, 96.5m, Created), GapDown);
        Assert.False(rested.IsFilled);
        Assert.True(rested.StopTriggered);
    }

    [Fact]
    public void Trailing_stop_uses_the_level_from_the_context_and_needs_one()
    {
        Order order = TestOrders.Trailing(1, OrderSide.Sell, 10m, 2m, TrailingType.Amount, Created);
        AssertFill(Evaluate(order, Normal, trailingStop: 99m), 99m, Liquidity.Taker);
        AssertFill(Evaluate(order, GapDown, trailingStop: 99m), 95m, Liquidity.Taker);
        Assert.False(Evaluate(order, Normal, trailingStop: 97m).IsFilled);
        Assert.False(Evaluate(order, GapDown, trailingStop: 0m).IsFilled);
    }
}
