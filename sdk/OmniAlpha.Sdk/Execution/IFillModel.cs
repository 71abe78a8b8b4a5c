using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Sdk.Execution;

/// <summary>
/// Decides whether a working order trades on a bar and at what price, before slippage and quantity limits.
/// Must only use the bar it is given (no look-ahead) and be deterministic.
/// </summary>
public interface IFillModel
{
    /// <summary>Evaluates <paramref name="context"/>'s order against <paramref name="bar"/>.</summary>
    FillDecision Evaluate(in FillContext context, in Bar bar);
}
