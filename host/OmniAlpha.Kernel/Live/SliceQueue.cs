using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Kernel.Live;

/// <summary>
/// Between the feed's thread(s) and the engine thread: collects bars into the open time slice and hands closed slices to
/// the engine through a small fixed ring of reusable buffers (no allocation per bar once the buffers have grown). A slice
/// closes when the feed says it is complete (<see cref="ISliceListener"/>), when a bar with a later end time arrives, or
/// when the engine finds it older than the lateness timeout. When the ring is full the feed's thread waits (back-pressure).
/// The same monitor wakes the engine for new slices and for commands (<see cref="Wake"/>).
/// </summary>
internal sealed class SliceQueue(TimeProvider time, int capacity = 4) : ILiveDataListener, ISliceListener
{
    private readonly object _lock = new(); // a Monitor: the engine and the feed wait on it
    private readonly TimeSlice[] _ring = CreateRing(capacity);
    private readonly TimeSlice _open = new();
    private int _head;
    private int _count;
    private bool _woken;
    private bool _closed;

    /// <summary>Bars that arrived after their slice had closed (dropped and counted).</summary>
    public long LateBars { get; private set; }

    /// <summary>Data time of the last slice handed to the engine.</summary>
    public DateTime? LastClosedTime { get; private set; }

    /// <summary>False after a connection drop the feed reported, until it reports recovery.</summary>
    public bool Connected { get; private set; } = true;

    public void OnBar(in Bar bar)
    {
        lock (_lock)
        {
            if (_closed) return;
            if (LastClosedTime is { } last && bar.EndTime <= last) { LateBars++; return; }
            if (_open.Count > 0 && bar.EndTime != _open.Time)
            {
                if (bar.EndTime < _open.Time) { LateBars++; return; }
                CloseOpen();
                if (_closed) return;
            }
            _open.Add(in bar, time.GetTimestamp());
        }
    }

    public void OnSliceComplete(DateTime endTimeUtc)
    {
        lock (_lock)
        {
            if (_open.Count > 0 && _open.Time == endTimeUtc) CloseOpen();
        }
    }

    public void OnQuote(in OmniAlpha.Sdk.Market.QuoteTick quote) { }

    public void OnTrade(in OmniAlpha.Sdk.Market.TradeTick trade) { }

    public void OnConnectionChanged(bool connected, string reason)
    {
        lock (_lock) Connected = connected;
    }

    /// <summary>Engine thread: the oldest closed slice, or null. Call <see cref="Release"/> when done with it.</summary>
    public TimeSlice? Peek()
    {
        lock (_lock) return _count > 0 ? _ring[_head] : null;
    }

    /// <summary>Engine thread: frees the slice returned by <see cref="Peek"/> and lets a waiting feed go on.</summary>
    public void Release()
    {
        lock (_lock)
        {
            _head = (_head + 1) % _ring.Length;
            _count--;
            Monitor.PulseAll(_lock);
        }
    }

    /// <summary>Engine thread: closes the open slice when its first bar arrived at least <paramref name="lateness"/> ago.</summary>
    public void CloseIfLate(TimeSpan lateness)
    {
        lock (_lock)
        {
            if (_open.Count > 0 && _count < _ring.Length && time.GetElapsedTime(_open.ArrivalTimestamp) >= lateness) CloseOpen();
        }
    }

    /// <summary>Engine thread: waits until a slice is ready, <see cref="Wake"/> was called, or <paramref name="timeout"/> passed.</summary>
    public void Wait(TimeSpan timeout)
    {
        lock (_lock)
        {
            if (_count == 0 && !_woken && !_closed) Monitor.Wait(_lock, timeout);
            _woken = false;
        }
    }

    /// <summary>Wakes the engine thread (a command is queued, or the engine is stopping).</summary>
    public void Wake()
    {
        lock (_lock)
        {
            _woken = true;
            Monitor.PulseAll(_lock);
        }
    }

    /// <summary>Stops accepting data and releases a feed thread waiting for room.</summary>
    public void Close()
    {
        lock (_lock)
        {
            _closed = true;
            Monitor.PulseAll(_lock);
        }
    }

    private void CloseOpen()
    {
        while (_count == _ring.Length && !_closed) Monitor.Wait(_lock);
        if (_closed) return;
        _ring[(_head + _count) % _ring.Length].CopyFrom(_open);
        _count++;
        LastClosedTime = _open.Time;
        _open.Clear();
        Monitor.PulseAll(_lock);
    }

    private static TimeSlice[] CreateRing(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        var ring = new TimeSlice[capacity];
        for (int i = 0; i < capacity; i++) ring[i] = new TimeSlice();
        return ring;
    }
}
