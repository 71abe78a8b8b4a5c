namespace OmniAlpha.Indicators;

/// <summary>
/// The highest (or lowest) of the last n inputs, kept in a monotonic deque over fixed arrays: each input is pushed and
/// popped at most once, so updates are amortised O(1) and allocation-free. A NaN input makes the extreme NaN for as long
/// as it is inside the window (n inputs); it does not disturb the values after it leaves.
/// </summary>
internal sealed class SlidingExtreme
{
    private readonly double[] _values;
    private readonly long[] _positions;
    private readonly bool _highest;
    private int _head;
    private int _count;
    private long _position;
    private long _lastNaN = long.MinValue;

    /// <summary>Creates the extreme over <paramref name="period"/> inputs: the highest when <paramref name="highest"/>, else the lowest.</summary>
    public SlidingExtreme(int period, bool highest)
    {
        Period = period;
        _highest = highest;
        _values = new double[period];
        _positions = new long[period];
    }

    /// <summary>Window length n.</summary>
    public int Period { get; }

    /// <summary>Adds <paramref name="input"/> and returns the extreme of the last n inputs (of all inputs while fewer were seen).</summary>
    public double Add(double input)
    {
        long position = ++_position;
        // Drop the front once it is older than the window.
        if (_count > 0 && _positions[_head] <= position - Period)
        {
            if (++_head == Period) _head = 0;
            _count--;
        }
        if (double.IsNaN(input))
        {
            _lastNaN = position;
        }
        else
        {
            // Drop inputs from the back that can never be the extreme again.
            while (_count > 0)
            {
                int back = _head + _count - 1;
                if (back >= Period) back -= Period;
                double last = _values[back];
                if (_highest ? last > input : last < input) break;
                _count--;
            }
            int slot = _head + _count;
            if (slot >= Period) slot -= Period;
            _values[slot] = input;
            _positions[slot] = position;
            _count++;
        }
        return _lastNaN > position - Period ? double.NaN : _values[_head];
    }

    /// <summary>Forgets all inputs.</summary>
    public void Reset()
    {
        _head = 0;
        _count = 0;
        _position = 0;
        _lastNaN = long.MinValue;
    }
}
