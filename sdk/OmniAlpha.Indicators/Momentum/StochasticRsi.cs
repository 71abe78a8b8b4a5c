namespace OmniAlpha.Indicators;

/// <summary>
/// Stochastic RSI as TA-Lib's <c>STOCHRSI</c>: the fast stochastic (<see cref="StochasticFast"/>, with the RSI as
/// high, low and close) of <see cref="RelativeStrengthIndex"/>(timeperiod). fastk = 100 × (RSI − lowest RSI) /
/// (highest RSI − lowest RSI) over fastk_period RSI values (0 when they are all equal), fastd its moving average.
/// Lookback = RSI lookback + STOCHF lookback. A NaN input makes every later value NaN (the RSI carries it) until
/// <see cref="Reset"/>. Values lie in [0, 100] up to a rounding step (see <see cref="StochasticFast"/>).
/// </summary>
public sealed class StochasticRsi : ISeriesIndicator, IMultiOutputIndicator
{
    private static readonly string[] Names = ["fastk", "fastd"];
    private readonly RelativeStrengthIndex _rsi;
    private readonly StochasticFast _stochastic;

    /// <summary>Creates a stochastic RSI with TA-Lib's defaults (14, 5, 3 SMA).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An RSI period below 2, another period below 1 or an unavailable moving-average type.</exception>
    public StochasticRsi(int period = 14, int fastKPeriod = 5, int fastDPeriod = 3, MovingAverageType fastDType = MovingAverageType.Sma)
    {
        _rsi = new RelativeStrengthIndex(period);
        _stochastic = new StochasticFast(fastKPeriod, fastDPeriod, fastDType);
    }

    /// <summary>RSI period.</summary>
    public int Period => _rsi.Period;

    /// <summary>RSI values in the %K window.</summary>
    public int FastKPeriod => _stochastic.FastKPeriod;

    /// <summary>Period of the %D moving average.</summary>
    public int FastDPeriod => _stochastic.FastDPeriod;

    /// <summary>Type of the %D moving average.</summary>
    public MovingAverageType FastDType => _stochastic.FastDType;

    /// <summary>Latest %K of the RSI (TA-Lib <c>fastk</c>); NaN while not ready.</summary>
    public double FastK => _stochastic.FastK;

    /// <summary>Latest %D of the RSI (TA-Lib <c>fastd</c>); NaN while not ready.</summary>
    public double FastD => _stochastic.FastD;

    /// <inheritdoc />
    public double Value => FastK;

    /// <inheritdoc />
    public int Lookback => _rsi.Lookback + _stochastic.Lookback;

    /// <inheritdoc />
    public bool IsReady => _stochastic.IsReady;

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <inheritdoc />
    public IReadOnlyList<string> OutputNames => Names;

    /// <inheritdoc />
    public double GetOutput(int index) => index switch
    {
        0 => FastK,
        1 => FastD,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "STOCHRSI has outputs 0 (fastk) and 1 (fastd)."),
    };

    /// <inheritdoc />
    public double Update(double input)
    {
        Samples++;
        double rsi = _rsi.Update(input);
        return _rsi.IsReady ? _stochastic.Update(rsi, rsi, rsi) : double.NaN;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _rsi.Reset();
        _stochastic.Reset();
        Samples = 0;
    }
}
