namespace OmniAlpha.Indicators;

/// <summary>
/// RSI(n) with Wilder's smoothing, as TA-Lib's <c>RSI</c>: the first value needs n+1 inputs (n changes), the
/// averages are seeded with the simple mean of the first n gains and losses, then smoothed as
/// avg = (avg x (n-1) + x) / n. Values lie in [0, 100]; a window without losses gives 100, without moves 0.
/// </summary>
public sealed class RelativeStrengthIndex : ISeriesIndicator
{
    private double _previous;
    private double _avgGain;
    private double _avgLoss;

    /// <summary>Creates an RSI of <paramref name="period"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    public RelativeStrengthIndex(int period = 14)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        Period = period;
        Value = double.NaN;
    }

    /// <summary>Period n.</summary>
    public int Period { get; }

    /// <inheritdoc />
    public int Lookback => Period;

    /// <inheritdoc />
    public bool IsReady => Samples > Period;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <inheritdoc />
    public double Update(double input)
    {
        Samples++;
        if (Samples == 1)
        {
            _previous = input;
            return double.NaN;
        }
        double change = input - _previous;
        _previous = input;
        double gain = change > 0 ? change : 0;
        double loss = change < 0 ? -change : 0;
        if (Samples <= Period + 1)
        {
            _avgGain += gain;
            _avgLoss += loss;
            if (Samples <= Period) return double.NaN;
            _avgGain /= Period;
            _avgLoss /= Period;
        }
        else
        {
            _avgGain = (_avgGain * (Period - 1) + gain) / Period;
            _avgLoss = (_avgLoss * (Period - 1) + loss) / Period;
        }
        double total = _avgGain + _avgLoss;
        Value = total == 0 ? 0 : 100.0 * _avgGain / total;
        return Value;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _previous = _avgGain = _avgLoss = 0;
        Samples = 0;
        Value = double.NaN;
    }
}
