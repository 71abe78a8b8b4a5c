namespace OmniAlpha.Indicators;

/// <summary>
/// TSF(n), time series forecast: the least-squares line through the last n inputs extended one bar ahead, b + m n (LINEARREG plus one slope).
/// The least-squares line is fitted to the last n inputs as TA-Lib does (see TA-Lib's <c>TSF</c>); the first value comes
/// with input n (lookback n-1). Sums are kept running, so each update is O(1); values agree with TA-Lib's (which
/// recomputes the sums for each value) up to rounding. One deliberate difference: TA-Lib's integer sum of squares
/// overflows for periods above 1290 and gives wrong values; here long periods are fitted correctly.
/// A NaN input makes every later value NaN until <see cref="Reset"/>.
/// </summary>
public sealed class TimeSeriesForecast : ISeriesIndicator
{
    private readonly RegressionWindow _fit;

    /// <summary>Creates the indicator over <paramref name="period"/> inputs.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2 (TA-Lib's range is 2..100000).</exception>
    public TimeSeriesForecast(int period = 14)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        _fit = new RegressionWindow(period);
        Value = double.NaN;
    }

    /// <summary>Number of inputs fitted.</summary>
    public int Period => _fit.Period;

    /// <inheritdoc />
    public int Lookback => Period - 1;

    /// <inheritdoc />
    public bool IsReady => Samples >= Period;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <inheritdoc />
    public double Update(double input)
    {
        Samples++;
        if (!_fit.Add(input)) return double.NaN;
        Value = _fit.Intercept + _fit.Slope * (double)Period;
        return Value;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _fit.Reset();
        Samples = 0;
        Value = double.NaN;
    }
}
