namespace OmniAlpha.Indicators;

/// <summary>
/// Keltner channels (not in TA-Lib), StockCharts' convention (Linda Raschke's version): middle = EMA(n) of the close,
/// upper = middle + multiplier x ATR(m), lower = middle - multiplier x ATR(m), defaults n = 20, m = 10, multiplier 2.
/// The EMA and ATR are TA-Lib's (<see cref="ExponentialMovingAverage"/> seeded with an SMA, <see cref="AverageTrueRange"/>
/// with Wilder's smoothing), so the first values come once both are ready (lookback max(n-1, m)). A NaN input makes every
/// later value NaN until <see cref="Reset"/>. Uses a bar's high, low and close.
/// </summary>
public sealed class KeltnerChannels : IBarIndicator, IMultiOutputIndicator
{
    private static readonly string[] Names = ["upperband", "middleband", "lowerband"];
    private readonly ExponentialMovingAverage _middle;
    private readonly AverageTrueRange _atr;

    /// <summary>Creates Keltner channels.</summary>
    /// <param name="period">EMA period n of the middle line (at least 1).</param>
    /// <param name="atrPeriod">ATR period m (at least 1).</param>
    /// <param name="multiplier">ATR multiplier for the band width (a finite number).</param>
    /// <exception cref="ArgumentOutOfRangeException">A period is below 1 or the multiplier is not finite.</exception>
    public KeltnerChannels(int period = 20, int atrPeriod = 10, double multiplier = 2.0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(atrPeriod, 1);
        if (!double.IsFinite(multiplier))
            throw new ArgumentOutOfRangeException(nameof(multiplier), multiplier, "The Keltner ATR multiplier must be a finite number.");
        Period = period;
        AtrPeriod = atrPeriod;
        Multiplier = multiplier;
        _middle = new ExponentialMovingAverage(period);
        _atr = new AverageTrueRange(atrPeriod);
        UpperBand = MiddleBand = LowerBand = double.NaN;
    }

    /// <summary>EMA period of the middle line.</summary>
    public int Period { get; }

    /// <summary>ATR period.</summary>
    public int AtrPeriod { get; }

    /// <summary>ATR multiplier.</summary>
    public double Multiplier { get; }

    /// <summary>Upper band (output 0, also <see cref="Value"/>).</summary>
    public double UpperBand { get; private set; }

    /// <summary>Middle line: the EMA of the close (output 1).</summary>
    public double MiddleBand { get; private set; }

    /// <summary>Lower band (output 2).</summary>
    public double LowerBand { get; private set; }

    /// <inheritdoc />
    public IReadOnlyList<string> OutputNames => Names;

    /// <inheritdoc />
    public int Lookback => Math.Max(Period - 1, AtrPeriod);

    /// <inheritdoc />
    public bool IsReady => Samples > Lookback;

    /// <inheritdoc />
    public double Value => UpperBand;

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <inheritdoc />
    public double GetOutput(int index) => index switch
    {
        0 => UpperBand,
        1 => MiddleBand,
        2 => LowerBand,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "KELTNER has outputs 0 (upperband), 1 (middleband) and 2 (lowerband)."),
    };

    /// <summary>Feeds the next bar and returns the upper band (NaN while not ready).</summary>
    public double Update(double high, double low, double close)
    {
        Samples++;
        double middle = _middle.Update(close);
        double atr = _atr.Update(high, low, close);
        if (Samples <= Lookback) return double.NaN;
        double width = Multiplier * atr;
        MiddleBand = middle;
        UpperBand = middle + width;
        LowerBand = middle - width;
        return UpperBand;
    }

    /// <inheritdoc />
    public double Update(double open, double high, double low, double close, double volume) => Update(high, low, close);

    /// <inheritdoc />
    public void Reset()
    {
        _middle.Reset();
        _atr.Reset();
        Samples = 0;
        UpperBand = MiddleBand = LowerBand = double.NaN;
    }
}
