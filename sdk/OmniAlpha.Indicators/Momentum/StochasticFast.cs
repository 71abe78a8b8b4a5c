namespace OmniAlpha.Indicators;

/// <summary>
/// Fast stochastic as TA-Lib's <c>STOCHF</c>: fastk = 100 × (close − lowest low) / (highest high − lowest low) over
/// <see cref="FastKPeriod"/> bars (0 when the range is 0), fastd = moving average of fastk over
/// <see cref="FastDPeriod"/> (any <see cref="MovingAverageType"/>). Both outputs appear together, after
/// fastk_period − 1 + MA lookback bars. Values lie in [0, 100] up to a rounding step (TA-Lib divides by range / 100, which can give 100.00000000000001). Amortised O(1) per bar.
/// A NaN input makes %K NaN while it is in the window; the averages over %K (SMA and EMA keep running sums) then stay
/// NaN until <see cref="Reset"/>.
/// </summary>
public sealed class StochasticFast : IBarIndicator, IMultiOutputIndicator
{
    private static readonly string[] Names = ["fastk", "fastd"];
    private readonly RawStochastic _k;
    private readonly ISeriesIndicator _d;

    /// <summary>Creates a fast stochastic.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period below 1 or an unavailable moving-average type.</exception>
    public StochasticFast(int fastKPeriod = 5, int fastDPeriod = 3, MovingAverageType fastDType = MovingAverageType.Sma)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fastKPeriod, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(fastDPeriod, 1);
        _k = new RawStochastic(fastKPeriod);
        _d = MovingAverages.Create(fastDType, fastDPeriod);
        FastDPeriod = fastDPeriod;
        FastDType = fastDType;
        FastK = FastD = double.NaN;
    }

    /// <summary>Bars in the %K window.</summary>
    public int FastKPeriod => _k.Period;

    /// <summary>Period of the %D moving average.</summary>
    public int FastDPeriod { get; }

    /// <summary>Type of the %D moving average.</summary>
    public MovingAverageType FastDType { get; }

    /// <summary>Latest %K (TA-Lib <c>fastk</c>); NaN while not ready.</summary>
    public double FastK { get; private set; }

    /// <summary>Latest %D (TA-Lib <c>fastd</c>); NaN while not ready.</summary>
    public double FastD { get; private set; }

    /// <inheritdoc />
    public double Value => FastK;

    /// <inheritdoc />
    public int Lookback => FastKPeriod - 1 + _d.Lookback;

    /// <inheritdoc />
    public bool IsReady => Samples > Lookback;

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <inheritdoc />
    public IReadOnlyList<string> OutputNames => Names;

    /// <inheritdoc />
    public double GetOutput(int index) => index switch
    {
        0 => FastK,
        1 => FastD,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "STOCHF has outputs 0 (fastk) and 1 (fastd)."),
    };

    /// <summary>Feeds the next bar and returns %K (NaN while not ready).</summary>
    public double Update(double high, double low, double close)
    {
        Samples++;
        double k = _k.Update(high, low, close);
        if (Samples < FastKPeriod) return double.NaN;
        double d = _d.Update(k);
        if (!_d.IsReady) return double.NaN;
        FastK = k;
        FastD = d;
        return k;
    }

    /// <inheritdoc />
    double IBarIndicator.Update(double open, double high, double low, double close, double volume) => Update(high, low, close);

    /// <inheritdoc />
    public void Reset()
    {
        _k.Reset();
        _d.Reset();
        Samples = 0;
        FastK = FastD = double.NaN;
    }
}
