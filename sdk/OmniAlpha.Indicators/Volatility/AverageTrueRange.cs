namespace OmniAlpha.Indicators;

/// <summary>
/// ATR(n): Wilder's smoothing of the true range, as TA-Lib's <c>ATR</c>. TA-Lib's seeding is reproduced: the first true
/// range needs a previous close, the first ATR is the simple mean of the first n true ranges (bars 2..n+1, so the first
/// value comes with bar n+1, lookback n), then ATR = (ATR x (n-1) + TR) / n, evaluated in TA-Lib's order. ATR(1) is the
/// true range. A NaN input makes every later value NaN until <see cref="Reset"/>. Uses a bar's high, low and close.
/// </summary>
public sealed class AverageTrueRange : IBarIndicator
{
    private double _previousClose;
    private double _average;

    /// <summary>Creates an ATR of <paramref name="period"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1 (TA-Lib's range is 1..100000).</exception>
    public AverageTrueRange(int period = 14)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        Period = period;
        Value = double.NaN;
    }

    /// <summary>Smoothing period n.</summary>
    public int Period { get; }

    /// <inheritdoc />
    public int Lookback => Period;

    /// <inheritdoc />
    public bool IsReady => Samples > Period;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <summary>Feeds the next bar and returns the new ATR (NaN while not ready).</summary>
    public double Update(double high, double low, double close)
    {
        Samples++;
        double previousClose = _previousClose;
        _previousClose = close;
        if (Samples == 1) return double.NaN;
        double range = TrueRange.Of(high, low, previousClose);
        if (Period == 1)
        {
            Value = range;
            return Value;
        }
        if (Samples <= Period + 1)
        {
            _average += range; // sum of the first n true ranges
            if (Samples <= Period) return double.NaN;
            _average /= Period;
        }
        else
        {
            _average *= Period - 1;
            _average += range;
            _average /= Period;
        }
        Value = _average;
        return Value;
    }

    /// <inheritdoc />
    public double Update(double open, double high, double low, double close, double volume) => Update(high, low, close);

    /// <inheritdoc />
    public void Reset()
    {
        _previousClose = _average = 0;
        Samples = 0;
        Value = double.NaN;
    }
}
