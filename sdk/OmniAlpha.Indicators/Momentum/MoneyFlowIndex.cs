namespace OmniAlpha.Indicators;

/// <summary>
/// MFI(n) as TA-Lib's <c>MFI</c>: the typical price tp = (high + low + close) / 3 times volume is a positive money flow
/// when tp rose from the previous bar, negative when it fell, neither when unchanged; MFI = 100 × positive / (positive +
/// negative) over the last n flows, in [0, 100] up to the rounding residue of TA-Lib's running sums (e.g.
/// 100.00000000000004). TA-Lib's rule kept: when the n flows total less than 1, MFI is 0.
/// Lookback n (the first bar only gives the first tp). O(1) per bar over running sums; a NaN input makes every later
/// value NaN until <see cref="Reset"/>.
/// </summary>
public sealed class MoneyFlowIndex : IBarIndicator
{
    private readonly double[] _positive;
    private readonly double[] _negative;
    private int _next;
    private double _previousTypical;
    private double _positiveSum;
    private double _negativeSum;

    /// <summary>Creates an MFI of <paramref name="period"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    public MoneyFlowIndex(int period = 14)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        _positive = new double[period];
        _negative = new double[period];
        Value = double.NaN;
    }

    /// <summary>Period n.</summary>
    public int Period => _positive.Length;

    /// <inheritdoc />
    public int Lookback => Period;

    /// <inheritdoc />
    public bool IsReady => Samples > Lookback;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <summary>Feeds the next bar and returns the MFI (NaN while not ready).</summary>
    public double Update(double high, double low, double close, double volume)
    {
        Samples++;
        double typical = (high + low + close) / 3.0;
        if (Samples == 1)
        {
            _previousTypical = typical;
            return double.NaN;
        }
        if (Samples > Period + 1)
        {
            _positiveSum -= _positive[_next];
            _negativeSum -= _negative[_next];
        }
        double change = typical - _previousTypical;
        _previousTypical = typical;
        double flow = typical * volume;
        if (change < 0)
        {
            _negative[_next] = flow;
            _negativeSum += flow;
            _positive[_next] = 0.0;
        }
        else if (change > 0)
        {
            _positive[_next] = flow;
            _positiveSum += flow;
            _negative[_next] = 0.0;
        }
        else
        {
            _positive[_next] = 0.0;
            _negative[_next] = 0.0;
        }
        if (++_next == Period) _next = 0;
        if (Samples <= Period) return double.NaN;
        double total = _positiveSum + _negativeSum;
        Value = total < 1.0 ? 0.0 : 100.0 * (_positiveSum / total);
        return Value;
    }

    /// <inheritdoc />
    double IBarIndicator.Update(double open, double high, double low, double close, double volume) => Update(high, low, close, volume);

    /// <inheritdoc />
    public void Reset()
    {
        Array.Clear(_positive);
        Array.Clear(_negative);
        _next = 0;
        _previousTypical = _positiveSum = _negativeSum = 0;
        Samples = 0;
        Value = double.NaN;
    }
}
