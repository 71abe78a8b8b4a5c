namespace OmniAlpha.Indicators;

/// <summary>
/// Slow stochastic as TA-Lib's <c>STOCH</c>: the raw %K = 100 × (close − lowest low) / (highest high − lowest low)
/// over <see cref="FastKPeriod"/> bars (0 when the range is 0) is smoothed into slowk by a moving average over
/// <see cref="SlowKPeriod"/>, and slowd is a moving average of slowk over <see cref="SlowDPeriod"/> (each of any
/// <see cref="MovingAverageType"/>). Both outputs appear together after fastk_period − 1 + both MA lookbacks bars.
/// Values lie in [0, 100] (up to a rounding step, see <see cref="StochasticFast"/>) for averages that stay within their inputs' range. Amortised O(1) per bar.
/// A NaN input makes %K NaN while it is in the window; the averages over %K (SMA and EMA keep running sums) then stay
/// NaN until <see cref="Reset"/>.
/// </summary>
public sealed class Stochastic : IBarIndicator, IMultiOutputIndicator
{
    private static readonly string[] Names = ["slowk", "slowd"];
    private readonly RawStochastic _k;
    private readonly ISeriesIndicator _slowK;
    private readonly ISeriesIndicator _slowD;

    /// <summary>Creates a slow stochastic with TA-Lib's defaults (5, 3 SMA, 3 SMA).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period below 1 or an unavailable moving-average type.</exception>
    public Stochastic(int fastKPeriod = 5, int slowKPeriod = 3, MovingAverageType slowKType = MovingAverageType.Sma,
        int slowDPeriod = 3, MovingAverageType slowDType = MovingAverageType.Sma)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fastKPeriod, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(slowKPeriod, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(slowDPeriod, 1);
        _k = new RawStochastic(fastKPeriod);
        _slowK = MovingAverages.Create(slowKType, slowKPeriod);
        _slowD = MovingAverages.Create(slowDType, slowDPeriod);
        SlowKPeriod = slowKPeriod;
        SlowKType = slowKType;
        SlowDPeriod = slowDPeriod;
        SlowDType = slowDType;
        SlowK = SlowD = double.NaN;
    }

    /// <summary>Bars in the raw %K window.</summary>
    public int FastKPeriod => _k.Period;

    /// <summary>Period of the moving average making slowk.</summary>
    public int SlowKPeriod { get; }

    /// <summary>Type of the moving average making slowk.</summary>
    public MovingAverageType SlowKType { get; }

    /// <summary>Period of the moving average making slowd.</summary>
    public int SlowDPeriod { get; }

    /// <summary>Type of the moving average making slowd.</summary>
    public MovingAverageType SlowDType { get; }

    /// <summary>Latest slow %K (TA-Lib <c>slowk</c>); NaN while not ready.</summary>
    public double SlowK { get; private set; }

    /// <summary>Latest slow %D (TA-Lib <c>slowd</c>); NaN while not ready.</summary>
    public double SlowD { get; private set; }

    /// <inheritdoc />
    public double Value => SlowK;

    /// <inheritdoc />
    public int Lookback => FastKPeriod - 1 + _slowK.Lookback + _slowD.Lookback;

    /// <inheritdoc />
    public bool IsReady => Samples > Lookback;

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <inheritdoc />
    public IReadOnlyList<string> OutputNames => Names;

    /// <inheritdoc />
    public double GetOutput(int index) => index switch
    {
        0 => SlowK,
        1 => SlowD,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "STOCH has outputs 0 (slowk) and 1 (slowd)."),
    };

    /// <summary>Feeds the next bar and returns slow %K (NaN while not ready).</summary>
    public double Update(double high, double low, double close)
    {
        Samples++;
        double k = _k.Update(high, low, close);
        if (Samples < FastKPeriod) return double.NaN;
        double slowK = _slowK.Update(k);
        if (!_slowK.IsReady) return double.NaN;
        double slowD = _slowD.Update(slowK);
        if (!_slowD.IsReady) return double.NaN;
        SlowK = slowK;
        SlowD = slowD;
        return slowK;
    }

    /// <inheritdoc />
    double IBarIndicator.Update(double open, double high, double low, double close, double volume) => Update(high, low, close);

    /// <inheritdoc />
    public void Reset()
    {
        _k.Reset();
        _slowK.Reset();
        _slowD.Reset();
        Samples = 0;
        SlowK = SlowD = double.NaN;
    }
}
