namespace OmniAlpha.Indicators;

/// <summary>
/// EMA(n) with alpha = 2/(n+1), seeded with the SMA of the first n inputs (TA-Lib <c>EMA</c> default);
/// the first value appears at the n-th input.
/// </summary>
public sealed class ExponentialMovingAverage : ISeriesIndicator
{
    private readonly double _alpha;
    private double _seedSum;

    /// <summary>Creates an EMA of <paramref name="period"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public ExponentialMovingAverage(int period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        Period = period;
        _alpha = 2.0 / (period + 1);
        Value = double.NaN;
    }

    /// <summary>Period n.</summary>
    public int Period { get; }

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
        if (Samples < Period)
        {
            _seedSum += input;
            return double.NaN;
        }
        Value = Samples == Period ? (_seedSum + input) / Period : Value + _alpha * (input - Value);
        return Value;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _seedSum = 0;
        Samples = 0;
        Value = double.NaN;
    }
}
