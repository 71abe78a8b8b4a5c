namespace OmniAlpha.Indicators;

/// <summary>
/// The highest (or lowest) value among the last <see cref="Length"/> inputs, with its age, in amortised O(1) per input
/// and without allocating: a monotonic deque over a ring buffer. Among equal extremes the most recent one is kept,
/// which is TA-Lib's AROON tie rule (STOCH and WILLR only use the value, which ties do not change).
/// A NaN input is not a candidate; <see cref="Extreme"/> is NaN while a NaN is inside the window.
/// </summary>
internal sealed class RollingExtremeWindow
{
    private readonly double[] _values;
    private readonly long[] _positions;
    private readonly bool _highest;
    private int _head;
    private int _count;
    private long _position = -1;
    private long _lastNaN = long.MinValue;

    /// <summary>Creates a window over <paramref name="length"/> inputs tracking the highest (<paramref name="highest"/>) or lowest value.</summary>
    public RollingExtremeWindow(int length, bool highest)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        Length = length;
        _highest = highest;
        _values = new double[length];
        _positions = new long[length];
    }

    /// <summary>Number of inputs the window spans, including the latest.</summary>
    public int Length { get; }

    /// <summary>The extreme of the inputs in the window (NaN before any input or while a NaN is in the window).</summary>
    public double Extreme => _count == 0 || _lastNaN > _position - Length ? double.NaN : _values[_head];

    /// <summary>How many inputs ago the extreme came: 0 when it is the latest input, at most <see cref="Length"/> − 1.</summary>
    public int Age => _count == 0 ? 0 : (int)(_position - _positions[_head]);

    /// <summary>Adds the next input, dropping the one that leaves the window.</summary>
    public void Add(double value)
    {
        _position++;
        // Positions in the deque are distinct and increasing, so at most the front one can fall out of the window.
        if (_count > 0 && _positions[_head] <= _position - Length)
        {
            if (++_head == Length) _head = 0;
            _count--;
        }
        if (double.IsNaN(value))
        {
            _lastNaN = _position;
            return;
        }
        while (_count > 0)
        {
            int back = _head + _count - 1;
            if (back >= Length) back -= Length;
            double candidate = _values[back];
            if (_highest ? candidate <= value : candidate >= value) _count--;
            else break;
        }
        int slot = _head + _count;
        if (slot >= Length) slot -= Length;
        _values[slot] = value;
        _positions[slot] = _position;
        _count++;
    }

    /// <summary>Forgets all inputs.</summary>
    public void Reset()
    {
        _head = 0;
        _count = 0;
        _position = -1;
        _lastNaN = long.MinValue;
    }
}
