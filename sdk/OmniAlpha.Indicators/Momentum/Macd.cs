namespace OmniAlpha.Indicators;

/// <summary>
/// MACD as TA-Lib's <c>MACD</c> (and, through <see cref="Fixed"/>, <c>MACDFIX</c>): macd = EMA(fast) − EMA(slow),
/// macdsignal = EMA(signal) of macd, macdhist = macd − macdsignal. As in TA-Lib, both EMAs are seeded with a simple
/// mean and aligned to the slow one: the fast EMA starts slow − fast inputs late so both first values fall on input
/// slow. If slow &lt; fast the two are swapped (TA-Lib does the same). All three outputs appear together after
/// (slow − 1) + (signal − 1) inputs. O(1) per update. A NaN input makes every later value NaN until <see cref="Reset"/>.
/// Deliberate difference: with signal period 1 TA-Lib 1.1.6 misaligns its output; here macdsignal = macd.
/// </summary>
public sealed class Macd : ISeriesIndicator, IMultiOutputIndicator
{
    private static readonly string[] Names = ["macd", "macdsignal", "macdhist"];
    private readonly int _fastStart;
    private SeededExponentialAverage _fast;
    private SeededExponentialAverage _slow;
    private SeededExponentialAverage _signal;

    /// <summary>Creates a MACD with TA-Lib's defaults (12, 26, 9).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A fast or slow period below 2, or a signal period below 1.</exception>
    public Macd(int fastPeriod = 12, int slowPeriod = 26, int signalPeriod = 9)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fastPeriod, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(slowPeriod, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(signalPeriod, 1);
        if (slowPeriod < fastPeriod) (fastPeriod, slowPeriod) = (slowPeriod, fastPeriod);
        _fast = SeededExponentialAverage.OfPeriod(fastPeriod);
        _slow = SeededExponentialAverage.OfPeriod(slowPeriod);
        _signal = SeededExponentialAverage.OfPeriod(signalPeriod);
        _fastStart = slowPeriod - fastPeriod;
        MacdValue = Signal = Histogram = double.NaN;
    }

    private Macd(SeededExponentialAverage fast, SeededExponentialAverage slow, int signalPeriod)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(signalPeriod, 1);
        _fast = fast;
        _slow = slow;
        _signal = SeededExponentialAverage.OfPeriod(signalPeriod);
        _fastStart = slow.Period - fast.Period;
        MacdValue = Signal = Histogram = double.NaN;
    }

    /// <summary>
    /// TA-Lib's <c>MACDFIX</c>: MACD 12/26 with the fixed smoothing factors 0.15 and 0.075 (instead of 2/13 and 2/27),
    /// seeded and aligned like <see cref="Macd"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="signalPeriod"/> is below 1.</exception>
    public static Macd Fixed(int signalPeriod = 9) => new(new SeededExponentialAverage(12, 0.15), new SeededExponentialAverage(26, 0.075), signalPeriod);

    /// <summary>Fast EMA period (after the swap when slow &lt; fast was given).</summary>
    public int FastPeriod => _fast.Period;

    /// <summary>Slow EMA period.</summary>
    public int SlowPeriod => _slow.Period;

    /// <summary>Signal EMA period.</summary>
    public int SignalPeriod => _signal.Period;

    /// <summary>Latest MACD line, fast EMA − slow EMA (TA-Lib <c>macd</c>); NaN while not ready.</summary>
    public double MacdValue { get; private set; }

    /// <summary>Latest signal line, the EMA of the MACD line (TA-Lib <c>macdsignal</c>); NaN while not ready.</summary>
    public double Signal { get; private set; }

    /// <summary>Latest histogram, MACD − signal (TA-Lib <c>macdhist</c>); NaN while not ready.</summary>
    public double Histogram { get; private set; }

    /// <inheritdoc />
    public double Value => MacdValue;

    /// <inheritdoc />
    public int Lookback => SlowPeriod - 1 + SignalPeriod - 1;

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
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "MACD has outputs 0 (macd), 1 (macdsignal) and 2 (macdhist)."),
    };

    /// <inheritdoc />
    public double Update(double input)
    {
        if (Samples++ >= _fastStart) _fast.Update(input);
        double slow = _slow.Update(input);
        if (!_slow.IsReady) return double.NaN;
        double line = _fast.Value - slow;
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
