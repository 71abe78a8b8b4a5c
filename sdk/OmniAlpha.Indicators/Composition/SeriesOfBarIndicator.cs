namespace OmniAlpha.Indicators.Composition;

/// <summary>
/// A series indicator of a bar indicator's output, e.g. SMA(5) of ATR(14): each bar goes to the inner indicator, and
/// its value goes on to the outer one only once the inner indicator is ready. Lookback = inner lookback + outer
/// lookback. Created by <see cref="IndicatorComposition.Of(ISeriesIndicator, IBarIndicator)"/>.
/// </summary>
public sealed class SeriesOfBarIndicator : IBarIndicator
{
    /// <summary>Chains <paramref name="outer"/> over <paramref name="inner"/>. Both are owned by the chain from then on (reset with it).</summary>
    /// <exception cref="ArgumentNullException">Either indicator is null.</exception>
    public SeriesOfBarIndicator(ISeriesIndicator outer, IBarIndicator inner)
    {
        ArgumentNullException.ThrowIfNull(outer);
        ArgumentNullException.ThrowIfNull(inner);
        Outer = outer;
        Inner = inner;
    }

    /// <summary>The indicator fed with this chain's bars.</summary>
    public IBarIndicator Inner { get; }

    /// <summary>The indicator fed with the inner indicator's values; its value is the chain's value.</summary>
    public ISeriesIndicator Outer { get; }

    /// <inheritdoc />
    public bool IsReady => Outer.IsReady;

    /// <inheritdoc />
    public double Value => Outer.Value;

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <inheritdoc />
    public int Lookback => Inner.Lookback + Outer.Lookback;

    /// <inheritdoc />
    public double Update(double open, double high, double low, double close, double volume)
    {
        Samples++;
        double inner = Inner.Update(open, high, low, close, volume);
        return Inner.IsReady ? Outer.Update(inner) : double.NaN;
    }

    /// <inheritdoc />
    public void Reset()
    {
        Inner.Reset();
        Outer.Reset();
        Samples = 0;
    }
}
