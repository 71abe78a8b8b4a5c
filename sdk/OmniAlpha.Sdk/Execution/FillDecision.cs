using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Sdk.Execution;

/// <summary>A fill model's answer for one order on one bar.</summary>
/// <param name="IsFilled">True when the order trades on this bar.</param>
/// <param name="Price">Fill price before slippage (valid when <paramref name="IsFilled"/>).</param>
/// <param name="Liquidity">Maker for resting limit fills at their price, taker otherwise.</param>
/// <param name="StopTriggered">True when a stop-limit's stop has traded (on this or an earlier bar).</param>
public readonly record struct FillDecision(bool IsFilled, decimal Price, Liquidity Liquidity, bool StopTriggered)
{
    /// <summary>The order does not trade on this bar and no stop was triggered.</summary>
    public static FillDecision None => default;
}
