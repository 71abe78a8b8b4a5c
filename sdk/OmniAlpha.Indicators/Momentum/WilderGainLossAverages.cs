namespace OmniAlpha.Indicators;

/// <summary>
/// Wilder's average gain and average loss of a series as TA-Lib's RSI and CMO compute them: the averages are seeded
/// with the simple mean of the first n changes (n + 1 inputs), then avg = (avg × (n − 1) + change) / n.
/// A mutable struct: keep it in a field.
/// </summary>
internal struct WilderGainLossAverages
{
    private readonly int _period;
    private int _seen;
    private double _previous;

    /// <summary>Averages over <paramref name="period"/> changes.</summary>
    public WilderGainLossAverages(int period) => _period = period;

    /// <summary>Average gain (defined once <see cref="IsReady"/>).</summary>
    public double AverageGain { get; private set; }

    /// <summary>Average loss as a positive number (defined once <see cref="IsReady"/>).</summary>
    public double AverageLoss { get; private set; }

    /// <summary>True once n changes were seen.</summary>
    public readonly bool IsReady => _seen > _period;

    /// <summary>Feeds the next input; returns <see cref="IsReady"/>.</summary>
    public bool Update(double input)
    {
        if (_seen == 0)
        {
            _seen = 1;
            _previous = input;
            return false;
        }
        double change = input - _previous;
        _previous = input;
        if (_seen <= _period)
        {
            _seen++;
            if (change < 0) AverageLoss -= change;
            else AverageGain += change;
            if (_seen <= _period) return false;
            AverageLoss /= _period;
            AverageGain /= _period;
            return true;
        }
        double loss = AverageLoss * (_period - 1);
        double gain = AverageGain * (_period - 1);
        if (change < 0) loss -= change;
        else gain += change;
        AverageLoss = loss / _period;
        AverageGain = gain / _period;
        return true;
    }

    /// <summary>Forgets all inputs.</summary>
    public void Reset()
    {
        _seen = 0;
        _previous = 0;
        AverageGain = AverageLoss = 0;
    }
}
