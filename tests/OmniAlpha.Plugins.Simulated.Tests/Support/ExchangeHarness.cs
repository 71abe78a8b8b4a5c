using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Plugins.Simulated.Tests.Support;

/// <summary>A connected exchange trading AAPL (US equity) plus a recording listener.</summary>
public sealed class ExchangeHarness
{
    public ExchangeHarness(SimulatedExchangeOptions? options = null, params Instrument[] extraInstruments)
    {
        Exchange = new SimulatedExchange(options ?? new SimulatedExchangeOptions());
        Exchange.AddInstrument(Instrument.UsEquity(TestBars.Aapl));
        foreach (Instrument instrument in extraInstruments) Exchange.AddInstrument(instrument);
        Exchange.Connect(Listener);
    }

    public SimulatedExchange Exchange { get; }

    public RecordingListener Listener { get; } = new();

    public List<BrokerEvent> Events => Listener.Events;

    public void Submit(Order order) => Exchange.Submit(order);

    public void Bar(Bar bar) => Exchange.OnBar(in bar);

    public void Bars(params Bar[] bars)
    {
        foreach (Bar bar in bars) Exchange.OnBar(in bar);
    }

    /// <summary>The single fill of <paramref name="orderId"/>.</summary>
    public BrokerEvent SingleFill(long orderId) => Assert.Single(Listener.FillsOf(orderId));

    /// <summary>The kinds of events reported for <paramref name="orderId"/>, in order.</summary>
    public BrokerEventKind[] KindsOf(long orderId) => Listener.For(orderId).Select(e => e.Kind).ToArray();
}
