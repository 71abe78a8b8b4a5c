namespace OmniAlpha.Indicators;

/// <summary>
/// CMO(n), Chande's momentum oscillator as TA-Lib's <c>CMO</c> computes it: with Wilder's average gain and loss (the
/// same smoothing as <see cref="RelativeStrengthIndex"/>, seeded over the first n changes),
/// CMO = 100 × (avgGain − avgLoss) / (avgGain + avgLoss), in [−100, 100]; 0 when nothing moved. Note that TA-Lib
/// smooths the sums (Chande's original uses plain n-period sums). Lookback n. A NaN input makes every later value NaN
/// until <see cref="Reset"/>.
/// </summary>
public sealed class ChandeMomentumOscillator : ISeriesIndicator
{
    private WilderGainLossAverages _averages;

    /// <summary>Creates a CMO of <paramref name="period"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    public ChandeMomentumOscillator(int period = 14)
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

    /// <summary>CMO from Wilder's average gain and loss, with TA-Lib's arithmetic (shared with the batch <see cref="Ta.Cmo"/>).</summary>
    internal static double FromAverages(double gain, double loss)
    {
        double total = gain + loss;
        return TaLibArithmetic.IsZero(total) ? 0.0 : 100.0 * ((gain - loss) / total);
    }

    /// <inheritdoc />
    public void Reset()
    {
        _averages.Reset();
        Samples = 0;
        Value = double.NaN;
    }
}
