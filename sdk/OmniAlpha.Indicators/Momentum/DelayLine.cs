namespace OmniAlpha.Indicators;

/// <summary>The input from <see cref="Delay"/> inputs ago, over a ring buffer: O(1), no allocation after construction.</summary>
internal sealed class DelayLine
{
    private readonly double[] _buffer;
    private int _next;
    private int _filled;

    /// <summary>Creates a delay of <paramref name="delay"/> inputs.</summary>
    public DelayLine(int delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, 1);
        _buffer = new double[delay];
    }

    /// <summary>Number of inputs between an input and the one it is paired with.</summary>
    public int Delay => _buffer.Length;

    /// <summary>Stores <paramref name="input"/> and returns the input from <see cref="Delay"/> inputs before it; false until there is one.</summary>
    public bool TryPush(double input, out double delayed)
    {
        delayed = _buffer[_next];
        _buffer[_next] = input;
        if (++_next == _buffer.Length) _next = 0;
        if (_filled < _buffer.Length)
        {
            _filled++;
            return false;
        }
        return true;
    }

    /// <summary>Forgets all inputs.</summary>
    public void Reset()
    {
        Array.Clear(_buffer);
        _next = 0;
        _filled = 0;
    }
}
