using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Sdk.Execution;

/// <summary>What a fill model knows about a working order when it looks at a bar.</summary>
/// <param name="Order">The order's current snapshot (remaining quantity, prices).</param>
/// <param name="Instrument">The instrument traded.</param>
/// <param name="StopTriggered">True once a stop-limit order's stop has traded on an earlier bar.</param>
/// <param name="TrailingStopPrice">Current stop level of a trailing stop (from bars before this one); 0 otherwise.</param>
/// <param name="IsSessionOpenBar">True when the bar is the first bar of its trading session.</param>
/// <param name="IsSessionCloseBar">True when the bar ends at the session close (always true for daily bars).</param>
public readonly record struct FillContext(
    Order Order,
    Instrument Instrument,
    bool StopTriggered,
    decimal TrailingStopPrice,
    bool IsSessionOpenBar,
    bool IsSessionCloseBar);
