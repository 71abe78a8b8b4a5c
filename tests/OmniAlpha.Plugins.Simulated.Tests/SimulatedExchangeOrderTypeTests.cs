using OmniAlpha.Plugins.Simulated.Tests.Support;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Orders;
using static OmniAlpha.Plugins.Simulated.Tests.Support.TestBars;

namespace OmniAlpha.Plugins.Simulated.Tests;

/// <summary>Order types across bars: stop-limit trigger state, trailing stops, market-on-open and market-on-close.</summary>
public class SimulatedExchangeOrderTypeTests
{
    [Fact]
    public void A_limit_order_keeps_working_until_a_bar_reaches_its_level()
    {
        var h = new ExchangeHarness();
        h.Submit(TestOrders.Limit(1, OrderSide.Buy, 10m, 95m, Close(1)));
        h.Bars(Daily(2, 100m, 101m, 96m, 100m), Daily(3, 99m, 100m, 95.01m, 97m), Daily(4, 96m, 97m, 94m, 95m));
        BrokerEvent fill = h.SingleFill(1);
        Assert.Equal((Close(4), 95m, Liquidity.Maker), (fill.Time, fill.Price, fill.Liquidity));
    }

    [Fact]
    public void A_stop_limit_triggered_on_one_bar_fills_as_a_limit_on_a_later_bar()
    {
        var h = new ExchangeHarness();
        // Buy stop 105 limit 104: bar 2 trades 105 (trigger) but never back down to 104.
        h.Submit(TestOrders.StopLimit(1, OrderSide.Buy, 10m, 105m, 104m, Close(1)));
        h.Bar(Daily(2, 103m, 106m, 104.5m, 105.5m));
        Assert.Empty(h.Listener.Fills);
        // Bar 3 never reaches the stop again, but the trigger persists: it fills as a limit at 104.
        h.Bar(Daily(3, 104.8m, 104.9m, 103.5m, 104m));
        BrokerEvent fill = h.SingleFill(1);
        Assert.Equal((Close(3), 104m, Liquidity.Maker), (fill.Time, fill.Price, fill.Liquidity));
    }

    [Fact]
    public void A_stop_limit_not_yet_triggered_ignores_bars_that_touch_only_its_limit()
    {
        var h = new ExchangeHarness();
        h.Submit(TestOrders.StopLimit(1, OrderSide.Buy, 10m, 105m, 104m, Close(1)));
        h.Bar(Daily(2, 103m, 104.5m, 102m, 103m));
        Assert.Empty(h.Listener.Fills);
    }

    [Fact]
    public void A_trailing_sell_stop_by_amount_ratchets_up_with_highs_and_triggers_on_the_trailed_level()
    {
        var h = new ExchangeHarness();
        h.Bar(Daily(2, 99m, 100.5m, 98.5m, 100m));
        h.Submit(TestOrders.Trailing(1, OrderSide.Sell, 10m, 2m, TrailingType.Amount, Close(2))); // stop 98 from the last close
        h.Bar(Daily(3, 100m, 105m, 99m, 104m)); // low 99 > 98: no trigger; the best becomes 105 -> stop 103
        h.Bar(Daily(4, 102m, 104m, 101m, 103m)); // no new high; the stop never moves down, it stays 103 -> but 101 <= 103
        BrokerEvent fill = h.SingleFill(1);
        Assert.Equal((Close(4), 102m), (fill.Time, fill.Price)); // opened below the 103 stop: gap fill at the open
    }

    [Fact]
    public void A_trailing_stop_is_checked_against_the_level_from_earlier_bars_only()
    {
        var h = new ExchangeHarness();
        h.Bar(Daily(2, 99m, 100.5m, 98.5m, 100m));
        h.Submit(TestOrders.Trailing(1, OrderSide.Sell, 10m, 2m, TrailingType.Amount, Close(2))); // stop 98
        // The bar's own high of 110 would put the stop at 108, but no intrabar path is assumed: the stop is 98.
        h.Bar(Daily(3, 100m, 110m, 97.5m, 109m));
        Assert.Equal(98m, h.SingleFill(1).Price);
    }

    [Fact]
    public void A_trailing_stop_does_not_move_down_when_prices_fall()
    {
        var h = new ExchangeHarness();
        h.Bar(Daily(2, 99m, 100.5m, 98.5m, 100m));
        h.Submit(TestOrders.Trailing(1, OrderSide.Sell, 10m, 2m, TrailingType.Amount, Close(2)));
        h.Bar(Daily(3, 100m, 103m, 99.5m, 102m)); // stop 101
        h.Bar(Daily(4, 101.5m, 101.8m, 101.2m, 101.5m)); // lower high: stop stays 101, low 101.2 > 101
        Assert.Empty(h.Listener.Fills);
        h.Bar(Daily(5, 101.5m, 101.6m, 100.9m, 101m));
        Assert.Equal(101m, h.SingleFill(1).Price);
    }

    [Fact]
    public void A_trailing_sell_stop_by_percent_trails_the_high_and_gaps_fill_at_the_open()
    {
        var h = new ExchangeHarness();
        h.Bar(Daily(2, 99m, 100.5m, 98.5m, 100m));
        h.Submit(TestOrders.Trailing(1, OrderSide.Sell, 10m, 0.10m, TrailingType.Percent, Close(2))); // stop 90
        h.Bar(Daily(3, 100m, 120m, 95m, 119m)); // stop 108
        h.Bar(Daily(4, 107m, 110m, 100m, 101m));
        Assert.Equal(107m, h.SingleFill(1).Price);
    }

    [Fact]
    public void A_percent_trailing_stop_is_rounded_to_the_tick_on_the_less_favourable_side()
    {
        var h = new ExchangeHarness();
        h.Bar(Daily(2, 33m, 33.5m, 32.5m, 33.33m));
        // Sell: 33.33 x 0.95 = 31.6635 -> 31.66 (down). Buy: 33.33 x 1.05 = 34.9965 -> 35.00 (up).
        h.Submit(TestOrders.Trailing(1, OrderSide.Sell, 10m, 0.05m, TrailingType.Percent, Close(2)));
        h.Submit(TestOrders.Trailing(2, OrderSide.Buy, 10m, 0.05m, TrailingType.Percent, Close(2)));
        h.Bar(Daily(3, 33m, 35.5m, 31.6m, 34m));
        Assert.Equal(31.66m, h.SingleFill(1).Price);
        Assert.Equal(35.00m, h.SingleFill(2).Price);
    }

    [Fact]
    public void A_trailing_buy_stop_by_amount_ratchets_down_with_lows()
    {
        var h = new ExchangeHarness();
        h.Bar(Daily(2, 99m, 100.5m, 98.5m, 100m));
        h.Submit(TestOrders.Trailing(1, OrderSide.Buy, 10m, 3m, TrailingType.Amount, Close(2))); // stop 103
        h.Bar(Daily(3, 99m, 102m, 95m, 96m)); // high 102 < 103; lowest 95 -> stop 98
        h.Bar(Daily(4, 97m, 98.5m, 96.5m, 98m));
        Assert.Equal(98m, h.SingleFill(1).Price);
    }

    [Fact]
    public void A_trailing_stop_placed_before_any_bar_anchors_on_its_first_eligible_bar()
    {
        var h = new ExchangeHarness();
        h.Submit(TestOrders.Trailing(1, OrderSide.Sell, 10m, 2m, TrailingType.Amount, Close(1)));
        h.Bar(Daily(2, 100m, 104m, 90m, 100m)); // no level yet: cannot trigger; the trail starts at 104 -> stop 102
        Assert.Empty(h.Listener.Fills);
        h.Bar(Daily(3, 103m, 103.5m, 101.5m, 102m));
        Assert.Equal(102m, h.SingleFill(1).Price);
    }

    [Fact]
    public void Market_on_open_on_daily_bars_fills_at_the_next_bars_open()
    {
        var h = new ExchangeHarness();
        h.Bar(Daily(2, 99m, 101m, 98m, 100m));
        h.Submit(TestOrders.New(1, OrderSide.Buy, OrderType.MarketOnOpen, 10m, Close(2)));
        h.Bar(Daily(3, 101.25m, 103m, 100m, 102m));
        BrokerEvent fill = h.SingleFill(1);
        Assert.Equal((Close(3), 101.25m), (fill.Time, fill.Price));
    }

    [Fact]
    public void Market_on_close_on_daily_bars_fills_at_the_next_bars_close()
    {
        var h = new ExchangeHarness();
        h.Bar(Daily(2, 99m, 101m, 98m, 100m));
        h.Submit(TestOrders.New(1, OrderSide.Sell, OrderType.MarketOnClose, 10m, Close(2)));
        h.Bar(Daily(3, 101m, 103m, 100m, 102.5m));
        Assert.Equal(102.5m, h.SingleFill(1).Price);
    }

    [Fact]
    public void Market_on_open_placed_mid_session_waits_for_the_next_sessions_first_bar()
    {
        var h = new ExchangeHarness();
        h.Bars(Minute(2, 9, 31, 100m, 100m, 100m, 100m), Minute(2, 10, 0, 101m, 101m, 101m, 101m));
        h.Submit(TestOrders.New(1, OrderSide.Buy, OrderType.MarketOnOpen, 10m, NewYork(2, 10, 0)));
        h.Bars(Minute(2, 10, 1, 102m, 102m, 102m, 102m), Minute(2, 16, 0, 103m, 103m, 103m, 103m));
        Assert.Empty(h.Listener.Fills);
        h.Bars(Minute(3, 9, 31, 104m, 104.5m, 103.5m, 104m), Minute(3, 9, 32, 105m, 105m, 105m, 105m));
        BrokerEvent fill = h.SingleFill(1);
        Assert.Equal((NewYork(3, 9, 31), 104m), (fill.Time, fill.Price));
    }

    [Fact]
    public void Market_on_open_skips_pre_market_bars()
    {
        var h = new ExchangeHarness();
        h.Submit(TestOrders.New(1, OrderSide.Buy, OrderType.MarketOnOpen, 10m, NewYork(2, 20, 0)));
        h.Bars(Minute(3, 8, 0, 99m, 99m, 99m, 99m), Minute(3, 9, 30, 99.5m, 99.5m, 99.5m, 99.5m), Minute(3, 9, 31, 100m, 100m, 100m, 100m));
        BrokerEvent fill = h.SingleFill(1);
        Assert.Equal((NewYork(3, 9, 31), 100m), (fill.Time, fill.Price));
    }

    [Fact]
    public void Market_on_close_intraday_fills_at_the_close_of_the_bar_ending_at_the_session_close()
    {
        var h = new ExchangeHarness();
        h.Bar(Minute(2, 10, 0, 100m, 100m, 100m, 100m));
        h.Submit(TestOrders.New(1, OrderSide.Sell, OrderType.MarketOnClose, 10m, NewYork(2, 10, 0)));
        h.Bars(Minute(2, 15, 59, 101m, 101m, 101m, 101m), Minute(2, 16, 0, 101m, 102m, 100.5m, 101.75m),
            Minute(2, 16, 1, 99m, 99m, 99m, 99m));
        BrokerEvent fill = h.SingleFill(1);
        Assert.Equal((NewYork(2, 16, 0), 101.75m), (fill.Time, fill.Price));
    }

    [Fact]
    public void Market_on_close_placed_after_the_close_bar_fills_at_the_next_sessions_close_not_post_market()
    {
        var h = new ExchangeHarness();
        h.Bar(Minute(2, 16, 0, 100m, 100m, 100m, 100m));
        h.Submit(TestOrders.New(1, OrderSide.Sell, OrderType.MarketOnClose, 10m, NewYork(2, 16, 0)));
        h.Bars(Minute(2, 16, 30, 98m, 98m, 98m, 98m), Minute(3, 9, 31, 99m, 99m, 99m, 99m), Minute(3, 16, 0, 97m, 97m, 97m, 97.5m));
        BrokerEvent fill = h.SingleFill(1);
        Assert.Equal((NewYork(3, 16, 0), 97.5m), (fill.Time, fill.Price));
    }

    [Fact]
    public void Market_on_close_for_a_24_hour_market_fills_on_the_bar_ending_at_local_midnight()
    {
        var btc = new Instrument("BTCUSD", AssetClass.Crypto, "SIM", "USD", 0.01m, 0.0001m, 1m, "UTC")
        {
            SessionOpen = new TimeOnly(0, 0),
            SessionClose = new TimeOnly(0, 0),
        };
        var h = new ExchangeHarness(null, btc);
        DateTime t = new(2024, 1, 2, 22, 0, 0, DateTimeKind.Utc);
        h.Bar(new Bar(btc.Symbol, t, 100m, 100m, 100m, 100m, 5m));
        h.Submit(TestOrders.New(1, OrderSide.Buy, OrderType.MarketOnClose, 0.5m, t, symbol: btc.Symbol));
        h.Bar(new Bar(btc.Symbol, t.AddHours(1), 101m, 101m, 101m, 101m, 5m));
        Assert.Empty(h.Listener.Fills);
        h.Bar(new Bar(btc.Symbol, t.AddHours(2), 102m, 103m, 101m, 102.5m, 5m)); // ends 00:00 UTC
        BrokerEvent fill = h.SingleFill(1);
        Assert.Equal((t.AddHours(2), 102.5m, 0.5m), (fill.Time, fill.Price, fill.Quantity));
    }
}
