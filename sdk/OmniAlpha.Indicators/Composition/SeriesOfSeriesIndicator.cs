namespace OmniAlpha.Indicators.Composition;

/// <summary>
/// An indicator of another indicator's output, e.g. EMA(10) of RSI(14): each input goes to the inner indicator, and
/// the inner value goes on to the outer one only once the inner indicator is ready, so the outer never sees the
/// inner's warm-up NaNs. Lookback = inner lookback + outer lookback. Created by <see cref="IndicatorComposition.Of(ISeriesIndicator, ISeriesIndicator)"/>.
/// </summary>
public sealed class SeriesOfSeriesIndicator : ISeriesIndicator
{
    /// <summary>Chains <paramref name="outer"/> over <paramref name="inner"/>. Both are owned by the chain from then on (reset with it).</summary>
    /// <exception cref="ArgumentNullException">Either indicator is null.</exception>
    /// <exception cref="ArgumentException">Both are the same object.</exception>
    public SeriesOfSeriesIndicator(ISeriesIndicator outer, ISeriesIndicator inner)
    {
        ArgumentNullException.ThrowIfNull(outer);
        ArgumentNullException.ThrowIfNull(inner);
        if (ReferenceEquals(outer, inner)) throw new ArgumentException("An indicator cannot be chained onto itself.", nameof(inner));
        Outer = outer;
        Inner = inner;
    }

    /// <summary>The indicator fed with this chain's inputs.</summary>
    public ISeriesIndicator Inner { get; }

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
    public double Update(double input)
    {
        Samples++;
        double inner = Inner.Update(input);
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
