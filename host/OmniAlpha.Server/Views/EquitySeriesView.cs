using OmniAlpha.Kernel.Live;

namespace OmniAlpha.Server.Views;

/// <summary>A strategy's equity curve, thinned to at most the requested number of points (the last one always kept).</summary>
public sealed record EquitySeriesView(string StrategyId, IReadOnlyList<EquityPointView> Points)
{
    /// <summary>Picks at most <paramref name="maxPoints"/> evenly spaced samples of <paramref name="curve"/>, ending with its last.</summary>
    public static EquitySeriesView Thin(string strategyId, IReadOnlyList<EquitySample> curve, int maxPoints)
    {
        if (curve.Count <= maxPoints)
            return new(strategyId, curve.Select(EquityPointView.From).ToList());
        var points = new List<EquityPointView>(maxPoints);
        // Index i of maxPoints maps to round(i * (n-1) / (maxPoints-1)): first and last sample always included.
        for (int i = 0; i < maxPoints; i++)
        {
            long index = maxPoints == 1 ? curve.Count - 1 : (long)i * (curve.Count - 1) / (maxPoints - 1);
            points.Add(EquityPointView.From(curve[(int)index]));
        }
        return new(strategyId, points);
    }
}
