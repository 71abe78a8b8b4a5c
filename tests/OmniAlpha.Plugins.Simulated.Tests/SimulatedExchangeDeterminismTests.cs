using OmniAlpha.Plugins.Simulated.Tests.Support;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Orders;
using static OmniAlpha.Plugins.Simulated.Tests.Support.TestBars;

namespace OmniAlpha.Plugins.Simulated.Tests;

/// <summary>Same inputs, same event sequence; and the hot path's allocation budget.</summary>
public class SimulatedExchangeDeterminismTests
{
    private static List<string> RunScenario()
    {
        var h = new ExchangeHarness(new SimulatedExchangeOptions
        {
            FeeModel = new PerShareFeeModel(0.005m, 1m),
            SlippageModel = new VolumeShareSlippageModel(0.1m),
            MaxVolumeParticipation = 0.25m,
        });
        h.Exchange.SetFillGuard(new CashFillGuard(20_000m));
        h.Bar(Daily(2, 100m, 101m, 99m, 100m, 1000m));
        h.Submit(TestOrders.Market(1, OrderSide.Buy, 300m, Close(2)));
        h.Submit(TestOrders.Limit(2, OrderSide.Buy, 200m, 98m, Close(2), TimeInForce.Day));
        h.Submit(TestOrders.Trailing(3, OrderSide.Sell, 100m, 0.03m, TrailingType.Percent, Close(2)));
        h.Submit(TestOrders.StopLimit(4, OrderSide.Buy, 50m, 103m, 102.5m, Close(2)));
        h.Listener.Reaction = e =>
        {
            if (e.Kind == BrokerEventKind.Fill && e.OrderId == 1 && e.Time == Close(3))
                h.Submit(TestOrders.Stop(5, OrderSide.Sell, 100m, 97m, Close(3)));
        };
        for (int day = 3; day <= 12; day++)
        {
            decimal open = 100m + (day % 4) - 1.5m;
            h.Bar(Daily(day, open, open + 2.5m, open - 2.5m, open + 0.5m, 800m + 37m * day));
        }

        return h.Events.Select(e => e.ToString()).ToList();
    }

    [Fact]
    public void The_same_inputs_produce_the_same_event_sequence()
    {
        List<string> first = RunScenario();
        List<string> second = RunScenario();
        Assert.Equal(first, second);
        Assert.Contains(first, e => e.Contains("Fill", StringComparison.Ordinal));
    }

    [Fact]
    public void Bars_of_a_symbol_without_working_orders_do_not_allocate()
    {
        var h = new ExchangeHarness();
        Bar[] bars = Enumerable.Range(0, 2000).Select(i => new Bar(Aapl, Close(1).AddMinutes(i + 1), 100m, 101m, 99m, 100m, 1000m)).ToArray();
        h.Bar(bars[0]);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 1; i < bars.Length; i++) h.Exchange.OnBar(in bars[i]);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Bars_that_do_not_fill_a_working_order_do_not_allocate()
    {
        var h = new ExchangeHarness(new SimulatedExchangeOptions { MaxVolumeParticipation = 0.1m });
        h.Submit(TestOrders.Limit(1, OrderSide.Buy, 10m, 50m, Close(1)));
        h.Submit(TestOrders.Trailing(2, OrderSide.Sell, 10m, 0.2m, TrailingType.Percent, Close(1)));
        h.Submit(TestOrders.New(3, OrderSide.Buy, OrderType.MarketOnOpen, 1m, NewYork(2, 10, 0)));
        Bar[] bars = Enumerable.Range(0, 2000)
            .Select(i => new Bar(Aapl, NewYork(2, 10, 0).AddMinutes(i), 100m, 101m, 99m, 100m, 1000m)).ToArray();
        for (int i = 0; i < 10; i++) h.Exchange.OnBar(in bars[i]); // warm up (JIT, time zone data)
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 10; i < 300; i++) h.Exchange.OnBar(in bars[i]); // stays within Jan 2, before the next open
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(3, h.Exchange.WorkingOrderCount);
    }

    [Fact]
    public void Sessions_follow_daylight_saving_time()
    {
        // July: New York is UTC-4, so the 16:00 close is 20:00 UTC and a 20:00 UTC daily bar is the close bar.
        var h = new ExchangeHarness();
        DateTime close = new(2024, 7, 1, 20, 0, 0, DateTimeKind.Utc);
        h.Bar(new Bar(Aapl, close.AddMinutes(-1), 100m, 100m, 100m, 100m, 1000m));
        h.Submit(TestOrders.New(1, OrderSide.Buy, OrderType.MarketOnClose, 1m, close.AddMinutes(-1)));
        h.Bar(new Bar(Aapl, close, 100m, 101m, 99m, 100.5m, 1000m));
        Assert.Equal(100.5m, h.SingleFill(1).Price);
    }
}
