namespace OmniAlpha.Indicators;

/// <summary>
/// Percentage price oscillator as TA-Lib's <c>PPO</c>: 100 × (fast MA − slow MA) / slow MA (0 when the slow MA is within 1e-14 of zero), with both moving averages of the same <see cref="MovingAverageType"/> (TA-Lib's default
/// SMA) started on the first input (unlike MACD, TA-Lib does not align them). If slow &lt; fast the periods are swapped,
/// as in TA-Lib. Lookback = the slow MA's lookback. A NaN input makes every later value NaN until <see cref="Reset"/>
/// (the moving averages' running sums carry it).
/// </summary>
public sealed class PercentagePriceOscillator : ISeriesIndicator
{
    private readonly MovingAveragePair _averages;

    /// <summary>Creates the oscillator with TA-Lib's defaults (12, 26, SMA).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period below 2 or an unavailable moving-average type.</exception>
    public PercentagePriceOscillator(int fastPeriod = 12, int slowPeriod = 26, MovingAverageType type = MovingAverageType.Sma)
    {
        _averages = new MovingAveragePair(fastPeriod, slowPeriod, type);
        Type = type;
        Value = double.NaN;
    }

    /// <summary>Fast MA period (after the swap when slow &lt; fast was given).</summary>
    public int FastPeriod => _averages.FastPeriod;

    /// <summary>Slow MA period.</summary>
    public int SlowPeriod => _averages.SlowPeriod;

    /// <summary>Type of both moving averages.</summary>
    public MovingAverageType Type { get; }

    /// <inheritdoc />
    public int Lookback => _averages.Lookback;

    /// <inheritdoc />
    public bool IsReady => Samples > Lookback;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <inheritdoc />
    public double Update(double input)
    {
        Samples++;
        if (!_averages.Update(input, out double fast, out double slow)) return double.NaN;
        Value = TaLibArithmetic.IsZero(slow) ? 0.0 : ((fast - slow) / slow) * 100.0;
        return Value;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _averages.Reset();
        Samples = 0;
        Value = double.NaN;
    }
}
