using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Kernel.Live;

/// <summary>The bars of one instant as the feed reported them; a reusable buffer (grows, never shrinks).</summary>
internal sealed class TimeSlice
{
    private Bar[] _bars = new Bar[16];

    /// <summary>End time shared by the bars.</summary>
    public DateTime Time { get; private set; }

    /// <summary>Number of bars.</summary>
    public int Count { get; private set; }

    /// <summary><see cref="TimeProvider.GetTimestamp"/> when the first bar reached the engine (bar-to-order latency starts here).</summary>
    public long ArrivalTimestamp { get; private set; }

    /// <summary>Bar <paramref name="k"/>.</summary>
    public ref readonly Bar this[int k] => ref _bars[k];

    public void Add(in Bar bar, long timestamp)
    {
        if (Count == 0)
        {
            Time = bar.EndTime;
            ArrivalTimestamp = timestamp;
        }
        if (Count == _bars.Length) Array.Resize(ref _bars, _bars.Length * 2);
        _bars[Count++] = bar;
    }

    public void CopyFrom(TimeSlice other)
    {
        if (_bars.Length < other.Count) _bars = new Bar[other._bars.Length];
        Array.Copy(other._bars, _bars, other.Count);
        Count = other.Count;
        Time = other.Time;
        ArrivalTimestamp = other.ArrivalTimestamp;
    }

    public void Clear() => Count = 0;
}
