namespace OmniAlpha.Indicators;

/// <summary>
/// MACD as TA-Lib's <c>MACD</c> (and, through <see cref="Fixed"/>, <c>MACDFIX</c>): macd = EMA(fast) − EMA(slow),
/// macdsignal = EMA(signal) of macd, macdhist = macd − macdsignal. As in TA-Lib, both EMAs are seeded with a simple
/// mean and aligned to the slow one: the fast EMA starts slow − fast inputs late so both first values fall on input
/// slow. If slow &lt; fast the two are swapped (TA-Lib does the same). All three outputs appear together after
/// (slow − 1) + (signal − 1) inputs. O(1) per update. A NaN input makes every later value NaN until <see cref="Reset"/>.
/// Deliberate difference: with signal period 1 TA-Lib 1.1.6 misaligns its output; here macdsignal = macd (up to rounding).
/// </summary>
public sealed class Macd : ISeriesIndicator, IMultiOutputIndicator
{
    private static readonly string[] Names = ["macd", "macdsignal", "macdhist"];
    private MacdCalculation _calculation;

    /// <summary>Creates a MACD with TA-Lib's defaults (12, 26, 9).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A fast or slow period below 2, or a signal period below 1.</exception>
    public Macd(int fastPeriod = 12, int slowPeriod = 26, int signalPeriod = 9)
    {
        _calculation = Standard(fastPeriod, slowPeriod, signalPeriod);
        MacdValue = Signal = Histogram = double.NaN;
    }

    private Macd(MacdCalculation calculation)
    {
        _calculation = calculation;
        MacdValue = Signal = Histogram = double.NaN;
    }

    /// <summary>
    /// TA-Lib's <c>MACDFIX</c>: MACD 12/26 with the fixed smoothing factors 0.15 and 0.075 (instead of 2/13 and 2/27),
    /// seeded and aligned like <see cref="Macd"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="signalPeriod"/> is below 1.</exception>
    public static Macd Fixed(int signalPeriod = 9) => new(FixedFactors(signalPeriod));

    /// <summary>The calculation of MACD(fast, slow, signal), periods swapped when slow &lt; fast.</summary>
    internal static MacdCalculation Standard(int fastPeriod, int slowPeriod, int signalPeriod)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fastPeriod, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(slowPeriod, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(signalPeriod, 1);
        if (slowPeriod < fastPeriod) (fastPeriod, slowPeriod) = (slowPeriod, fastPeriod);
        return new(SeededExponentialAverage.OfPeriod(fastPeriod), SeededExponentialAverage.OfPeriod(slowPeriod), signalPeriod);
    }

    /// <summary>The calculation of MACDFIX(signal).</summary>
    internal static MacdCalculation FixedFactors(int signalPeriod)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(signalPeriod, 1);
        return new(new SeededExponentialAverage(12, 0.15), new SeededExponentialAverage(26, 0.075), signalPeriod);
    }

    /// <summary>Fast EMA period (after the swap when slow &lt; fast was given).</summary>
    public int FastPeriod => _calculation.FastPeriod;

    /// <summary>Slow EMA period.</summary>
    public int SlowPeriod => _calculation.SlowPeriod;

    /// <summary>Signal EMA period.</summary>
    public int SignalPeriod => _calculation.SignalPeriod;

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
    public int Samples => _calculation.Samples;

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
        if (!_calculation.Update(input, out double line, out double signal)) return double.NaN;
        MacdValue = line;
        Signal = signal;
        Histogram = line - signal;
        return line;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _calculation.Reset();
        MacdValue = Signal = Histogram = double.NaN;
    }
}
