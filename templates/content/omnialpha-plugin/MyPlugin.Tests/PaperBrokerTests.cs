using OmniAlpha.Sdk.Brokerage;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Plugins;
using MyPlugin;
using PluginTests.Support;

namespace PluginTests;

/// <summary>How the paper brokerage accepts, fills and cancels orders against bars.</summary>
public sealed class PaperBrokerTests
{
    private static readonly DateTime Day1 = new(2024, 1, 2, 21, 0, 0, DateTimeKind.Utc);
    private static readonly Symbol Alfa = "ALFA";

    private readonly RecordingBrokerageListener _listener = new();

    private ISimulatedBrokerage Open(string commission = "0")
    {
        var broker = TestPluginContext.Start(new PaperBroker(), new Dictionary<string, string?> { ["CommissionPerOrder"] = commission });
        var brokerage = Assert.IsAssignableFrom<ISimulatedBrokerage>(broker.CreateBrokerage(new BrokerageRequest { Simulated = true }));
        brokerage.Connect(_listener);
        brokerage.AddInstrument(Instrument.UsEquity(Alfa));
        return brokerage;
    }

    private static Order Order(long id, OrderSide side, decimal quantity, OrderType type = OrderType.Market, decimal? limit = null) =>
        new(id, $"S-{id}", Alfa, side, type, quantity, Day1) { LimitPrice = limit };

    private static Bar Bar(int day, decimal open, decimal high, decimal low, decimal close) =>
        new(Alfa, Day1.AddDays(day), open, high, low, close, 1_000m);

    [Fact]
    public void A_market_order_fills_at_the_open_of_the_next_bar_and_pays_the_commission()
    {
        var brokerage = Open(commission: "1.5");
        brokerage.Submit(Order(1, OrderSide.Buy, 10m));
        brokerage.OnBar(Bar(0, 99m, 101m, 98m, 100m)); // the bar the order was decided on: no fill
        brokerage.OnBar(Bar(1, 100.5m, 102m, 100m, 101m));

        Assert.Equal(["accepted 1", "fill 1 10@100.5 commission 1.5"], _listener.Events);
        Assert.Equal(0, brokerage.WorkingOrderCount);
    }

    [Fact]
    public void A_limit_buy_waits_until_a_bar_trades_at_its_limit_and_fills_at_the_better_of_limit_and_open()
    {
        var brokerage = Open();
        brokerage.Submit(Order(1, OrderSide.Buy, 5m, OrderType.Limit, limit: 95m));
        brokerage.OnBar(Bar(1, 100m, 101m, 96m, 97m));
        Assert.Equal(1, brokerage.WorkingOrderCount);
        brokerage.OnBar(Bar(2, 94m, 96m, 93m, 95m)); // gaps below the limit: fills at the open

        Assert.Equal(["accepted 1", "fill 1 5@94 commission 0"], _listener.Events);
    }

    [Fact]
    public void Unsupported_order_types_are_rejected_with_the_reason()
    {
        Open().Submit(Order(1, OrderSide.Sell, 5m, OrderType.TrailingStop));

        Assert.Equal(["rejected 1 Unsupported: TrailingStop orders are not supported by MyPlugin paper broker"], _listener.Events);
    }

    [Fact]
    public void A_canceled_order_never_fills()
    {
        var brokerage = Open();
        var order = Order(1, OrderSide.Buy, 10m);
        brokerage.Submit(order);
        brokerage.Cancel(order);
        brokerage.OnBar(Bar(1, 100m, 101m, 99m, 100m));

        Assert.Equal(["accepted 1", "canceled 1: canceled on request"], _listener.Events);
    }

    [Fact]
    public void A_fill_the_account_cannot_afford_is_canceled_with_the_guards_reason()
    {
        var brokerage = Open();
        brokerage.SetFillGuard(new RefuseAll());
        brokerage.Submit(Order(1, OrderSide.Buy, 10m));
        brokerage.OnBar(Bar(1, 100m, 101m, 99m, 100m));

        Assert.Equal(["accepted 1", "canceled 1: not enough cash"], _listener.Events);
    }

    [Fact]
    public void A_live_session_is_refused_because_the_plugin_trades_on_paper_only()
    {
        var broker = TestPluginContext.Start(new PaperBroker());

        Assert.Throws<NotSupportedException>(() => broker.CreateBrokerage(new BrokerageRequest { Simulated = false }));
    }

    [Fact]
    public void A_negative_commission_stops_the_plugin_and_names_the_key()
    {
        var error = Assert.Throws<PluginConfigurationException>(() => Open(commission: "-1"));

        Assert.Contains("Plugins:my-plugin:CommissionPerOrder", error.Message);
    }

    private sealed class RefuseAll : IFillGuard
    {
        public string? CheckFill(Order order, decimal quantity, decimal price, decimal commission) => "not enough cash";
    }
}
