namespace OmniAlpha.Indicators;

/// <summary>
/// Bollinger bands, as TA-Lib's <c>BBANDS</c>: middle = MA(n) of the chosen <see cref="MovingAverageType"/>,
/// upper = middle + nbdevup x sd, lower = middle - nbdevdn x sd, where sd is the population standard deviation of the
/// last n inputs. TA-Lib's two deviation paths are reproduced: with an SMA middle, sd = sqrt(mean(x^2) - SMA^2) from the
/// SMA itself; with any other type, sd is TA-Lib's STDDEV(n) whose running sums start n-1 inputs before the first
/// middle value. sd is 0 when its square is below 1e-14. The first value comes when the middle is ready (lookback of
/// the MA). A NaN input makes every later value NaN until <see cref="Reset"/>.
/// </summary>
public sealed class BollingerBands : ISeriesIndicator, IMultiOutputIndicator
{
    private static readonly string[] Names = ["upperband", "middleband", "lowerband"];
    private readonly ISeriesIndicator _middle;
    private readonly WindowSums _sums;
    private readonly int _skippedBySums;

    /// <summary>Creates Bollinger bands over <paramref name="period"/> inputs.</summary>
    /// <param name="period">Window n of the middle band and of the deviation (TA-Lib: 2..100000).</param>
    /// <param name="deviationsUp">Multiplier of the deviation above the middle (TA-Lib's <c>nbdevup</c>; any finite number).</param>
    /// <param name="deviationsDown">Multiplier of the deviation below the middle (TA-Lib's <c>nbdevdn</c>; any finite number).</param>
    /// <param name="type">Moving average of the middle band (TA-Lib's <c>matype</c>).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2, a multiplier is not finite, or the type is unknown.</exception>
    public BollingerBands(int period = 5, double deviationsUp = 2.0, double deviationsDown = 2.0, MovingAverageType type = MovingAverageType.Sma)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        if (!double.IsFinite(deviationsUp))
            throw new ArgumentOutOfRangeException(nameof(deviationsUp), deviationsUp, "The number of deviations above must be a finite number.");
        if (!double.IsFinite(deviationsDown))
            throw new ArgumentOutOfRangeException(nameof(deviationsDown), deviationsDown, "The number of deviations below must be a finite number.");
        Period = period;
        DeviationsUp = deviationsUp;
        DeviationsDown = deviationsDown;
        Type = type;
        _middle = MovingAverages.Create(type, period);
        _sums = new WindowSums(period);
        // TA-Lib's STDDEV for non-SMA middles starts summing n-1 inputs before the first middle value.
        _skippedBySums = type == MovingAverageType.Sma ? 0 : Math.Max(0, _middle.Lookback - (period - 1));
        Lookback = Math.Max(_middle.Lookback, _skippedBySums + period - 1);
        UpperBand = MiddleBand = LowerBand = double.NaN;
    }

    /// <summary>Window n.</summary>
    public int Period { get; }

    /// <summary>Multiplier of the deviation above the middle band.</summary>
    public double DeviationsUp { get; }

    /// <summary>Multiplier of the deviation below the middle band.</summary>
    public double DeviationsDown { get; }

    /// <summary>Moving average of the middle band.</summary>
    public MovingAverageType Type { get; }

    /// <summary>Upper band (output 0, also <see cref="Value"/>).</summary>
    public double UpperBand { get; private set; }

    /// <summary>Middle band: the moving average (output 1).</summary>
    public double MiddleBand { get; private set; }

    /// <summary>Lower band (output 2).</summary>
    public double LowerBand { get; private set; }

    /// <inheritdoc />
    public IReadOnlyList<string> OutputNames => Names;

    /// <inheritdoc />
    public int Lookback { get; }

    /// <inheritdoc />
    public bool IsReady => Samples > Lookback;

    /// <inheritdoc />
    public double Value => UpperBand;

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <inheritdoc />
    public double GetOutput(int index) => index switch
    {
        0 => UpperBand,
        1 => MiddleBand,
        2 => LowerBand,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "BBANDS has outputs 0 (upperband), 1 (middleband) and 2 (lowerband)."),
    };

    /// <inheritdoc />
    public double Update(double input)
    {
        Samples++;
        double middle = _middle.Update(input);
        double mean = 0, meanOfSquares = 0;
        if (Samples > _skippedBySums) _sums.Add(input, out mean, out meanOfSquares);
        if (Samples <= Lookback) return double.NaN;
        double variance = Type == MovingAverageType.Sma ? meanOfSquares - middle * middle : meanOfSquares - mean * mean;
        double deviation = variance < 1e-14 ? 0.0 : Math.Sqrt(variance);
        MiddleBand = middle;
        UpperBand = middle + deviation * DeviationsUp;
        LowerBand = middle - deviation * DeviationsDown;
        return UpperBand;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _middle.Reset();
        _sums.Reset();
        Samples = 0;
        UpperBand = MiddleBand = LowerBand = double.NaN;
    }
}
