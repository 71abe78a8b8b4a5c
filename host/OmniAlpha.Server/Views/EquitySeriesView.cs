using OmniAlpha.Kernel.Live;

namespace OmniAlpha.Server.Views;

/// <summary>A strategy's equity curve, oldest first, thinned to at most the requested number of points.</summary>
public sealed record EquitySeriesView(string StrategyId, IReadOnlyList<EquityPointView> Points)
{
    /// <summary>The view of <paramref name="curve"/>.</summary>
    public static EquitySeriesView From(string strategyId, IReadOnlyList<EquitySample> curve) =>
        new(strategyId, curve.Select(EquityPointView.From).ToList());
}
