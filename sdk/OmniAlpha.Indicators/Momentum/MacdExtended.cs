namespace OmniAlpha.Indicators;

/// <summary>
/// MACD with a choice of moving averages, as TA-Lib's <c>MACDEXT</c>: macd = MA(fast) − MA(slow), macdsignal =
/// MA(signal) of macd, macdhist = macd − macdsignal, each MA of any <see cref="MovingAverageType"/>. As in TA-Lib,
/// the two MAs are aligned on the one with the longer lookback (the other starts that many inputs late), and if
/// slow &lt; fast the periods and their types are swapped. All outputs appear after
/// max(fast lookback, slow lookback) + signal lookback inputs. A NaN input reaches the outputs through the moving
/// averages and follows their behaviour (SMA and EMA keep running state, so every later value is NaN until
/// <see cref="Reset"/>).
/// </summary>
public sealed class MacdExtended : ISeriesIndicator, IMultiOutputIndicator
{
    private static readonly string[] Names = ["macd", "macdsignal", "macdhist"];
    private readonly ISeriesIndicator _fast;
    private readonly ISeriesIndicator _slow;
    private readonly ISeriesIndicator _signal;
    private readonly int _fastStart;
    private readonly int _slowStart;
    private readonly int _lineLookback;

    /// <summary>Creates a MACDEXT with TA-Lib's defaults (12 SMA, 26 SMA, 9 SMA).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A fast or slow period below 2, a signal period below 1, or an unavailable moving-average type.</exception>
    public MacdExtended(int fastPeriod = 12, MovingAverageType fastType = MovingAverageType.Sma,
        int slowPeriod = 26, MovingAverageType slowType = MovingAverageType.Sma,
        int signalPeriod = 9, MovingAverageType signalType = MovingAverageType.Sma)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fastPeriod, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(slowPeriod, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(signalPeriod, 1);
        if (slowPeriod < fastPeriod)
        {
            (fastPeriod, slowPeriod) = (slowPeriod, fastPeriod);
            (fastType, slowType) = (slowType, fastType);
        }
        _fast = MovingAverages.Create(fastType, fastPeriod);
        _slow = MovingAverages.Create(slowType, slowPeriod);
        _signal = MovingAverages.Create(signalType, signalPeriod);
        FastPeriod = fastPeriod;
        FastType = fastType;
        SlowPeriod = slowPeriod;
        SlowType = slowType;
        SignalPeriod = signalPeriod;
        SignalType = signalType;
        _lineLookback = Math.Max(_fast.Lookback, _slow.Lookback);
        _fastStart = _lineLookback - _fast.Lookback;
        _slowStart = _lineLookback - _slow.Lookback;
        MacdValue = Signal = Histogram = double.NaN;
    }

    /// <summary>Fast MA period (after the swap when slow &lt; fast was given).</summary>
    public int FastPeriod { get; }

    /// <summary>Fast MA type.</summary>
    public MovingAverageType FastType { get; }

    /// <summary>Slow MA period.</summary>
    public int SlowPeriod { get; }

    /// <summary>Slow MA type.</summary>
    public MovingAverageType SlowType { get; }

    /// <summary>Signal MA period.</summary>
    public int SignalPeriod { get; }

    /// <summary>Signal MA type.</summary>
    public MovingAverageType SignalType { get; }

    /// <summary>Latest MACD line, fast MA − slow MA (TA-Lib <c>macd</c>); NaN while not ready.</summary>
    public double MacdValue { get; private set; }

    /// <summary>Latest signal line (TA-Lib <c>macdsignal</c>); NaN while not ready.</summary>
    public double Signal { get; private set; }

    /// <summary>Latest histogram, MACD − signal (TA-Lib <c>macdhist</c>); NaN while not ready.</summary>
    public double Histogram { get; private set; }

    /// <inheritdoc />
    public double Value => MacdValue;

    /// <inheritdoc />
    public int Lookback => _lineLookback + _signal.Lookback;

    /// <inheritdoc />
    public bool IsReady => Samples > Lookback;

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <inheritdoc />
    public IReadOnlyList<string> OutputNames => Names;

    /// <inheritdoc />
    public double GetOutput(int index) => index switch
    {
        0 => MacdValue,
        1 => Signal,
        2 => Histogram,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "MACDEXT has outputs 0 (macd), 1 (macdsignal) and 2 (macdhist)."),
    };

    /// <inheritdoc />
    public double Update(double input)
    {
        int index = Samples++;
        double fast = index >= _fastStart ? _fast.Update(input) : double.NaN;
        double slow = index >= _slowStart ? _slow.Update(input) : double.NaN;
        if (index < _lineLookback) return double.NaN;
        double line = fast - slow;
        double signal = _signal.Update(line);
        if (!_signal.IsReady) return double.NaN;
        MacdValue = line;
        Signal = signal;
        Histogram = line - signal;
        return line;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _fast.Reset();
        _slow.Reset();
        _signal.Reset();
        Samples = 0;
        MacdValue = Signal = Histogram = double.NaN;
    }
}
