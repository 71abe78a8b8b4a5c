using OmniAlpha.Kernel.Engine;

namespace OmniAlpha.Kernel.Live;

/// <summary>
/// A live strategy's equity curve in fixed memory: keeps at most <c>capacity</c> samples; when full it drops every
/// second sample and from then on keeps one step in twice as many, so the curve always spans the whole run.
/// No allocation after construction.
/// </summary>
internal sealed class BoundedEquityCurve : IEquityRecorder
{
    private readonly EquitySample[] _samples;
    private int _count;
    private long _stride = 1;
    private long _seen;

    public BoundedEquityCurve(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 2);
        _samples = new EquitySample[capacity];
    }

    /// <summary>The latest cash (for the journal's checkpoint).</summary>
    public EquitySample? Last { get; private set; }

    public void Record(DateTime time, decimal cash, decimal equity, bool invested)
    {
        var sample = new EquitySample(time, equity);
        Last = sample;
        if (_seen++ % _stride != 0) return;
        if (_count == _samples.Length)
        {
            for (int i = 0; i < _count / 2; i++) _samples[i] = _samples[2 * i];
            _count /= 2;
            _stride *= 2;
            if ((_seen - 1) % _stride != 0) return;
        }
        _samples[_count++] = sample;
    }

    /// <summary>A copy of the samples, oldest first, ending with the latest step.</summary>
    public EquitySample[] ToArray()
    {
        var copy = _samples.AsSpan(0, _count).ToArray();
        if (Last is { } last && (copy.Length == 0 || copy[^1].TimeUtc != last.TimeUtc)) return [.. copy, last];
        return copy;
    }
}
