namespace OmniAlpha.Indicators.Composition;

/// <summary>
/// Builds indicators of indicators: <c>new ExponentialMovingAverage(10).Of(new RelativeStrengthIndex(14))</c> is the
/// EMA(10) of RSI(14). The outer indicator only sees the inner one's values once it is ready, so the chain's first value
/// comes with input <c>inner.Lookback + outer.Lookback + 1</c>, exactly as when TA-Lib's functions are applied one
/// after the other to the inner output with its leading NaNs dropped.
/// </summary>
public static class IndicatorComposition
{
    /// <summary>The indicator <paramref name="outer"/> applied to the values of <paramref name="inner"/>.</summary>
    /// <exception cref="ArgumentNullException">Either indicator is null.</exception>
    /// <exception cref="ArgumentException">Both are the same object.</exception>
    public static SeriesOfSeriesIndicator Of(this ISeriesIndicator outer, ISeriesIndicator inner) => new(outer, inner);

    /// <summary>The indicator <paramref name="outer"/> applied to the values of the bar indicator <paramref name="inner"/>.</summary>
    /// <exception cref="ArgumentNullException">Either indicator is null.</exception>
    public static SeriesOfBarIndicator Of(this ISeriesIndicator outer, IBarIndicator inner) => new(outer, inner);
}
