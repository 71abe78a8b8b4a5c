namespace OmniAlpha.Indicators;

/// <summary>
/// RSI(n) with Wilder's smoothing, as TA-Lib's <c>RSI</c>: the first value needs n+1 inputs (n changes), the
/// averages are seeded with the simple mean of the first n gains and losses, then smoothed as
/// avg = (avg x (n-1) + x) / n; RSI = 100 × avgGain / (avgGain + avgLoss). Values lie in [0, 100]; a window without
/// losses gives 100, without moves 0 (TA-Lib: a sum below 1e-14 counts as no move). A NaN input makes every later
/// value NaN (the averages carry it) until <see cref="Reset"/>.
/// </summary>
public sealed class RelativeStrengthIndex : ISeriesIndicator
{
    private WilderGainLossAverages _averages;

    /// <summary>Creates an RSI of <paramref name="period"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    public RelativeStrengthIndex(int period = 14)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        Period = period;
        _averages = new WilderGainLossAverages(period);
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
        if (!_averages.Update(input)) return double.NaN;
        Value = FromAverages(_averages.AverageGain, _averages.AverageLoss);
        return Value;
    }

    /// <summary>RSI from Wilder's average gain and loss, with TA-Lib's arithmetic (shared with the batch <see cref="Ta.Rsi"/>).</summary>
    internal static double FromAverages(double gain, double loss)
    {
        double total = gain + loss;
        return TaLibArithmetic.IsZero(total) ? 0.0 : 100.0 * (gain / total);
    }

    /// <inheritdoc />
    public void Reset()
    {
        _averages.Reset();
        Samples = 0;
        Value = double.NaN;
    }
}
