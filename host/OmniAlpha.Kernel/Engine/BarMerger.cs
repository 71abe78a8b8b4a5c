using OmniAlpha.Sdk.Data;

namespace OmniAlpha.Kernel.Engine;

/// <summary>
/// Time-ordered merge of any number of bar series into time steps: each step holds every series' bar that ends
/// at the same instant, in the run's symbol order, so the merge is deterministic. A binary min-heap keyed by
/// (end time, series index) gives O(log n) per bar; a single series skips the heap. No allocation
/// after construction.
/// </summary>
internal sealed class BarMerger
{
    private readonly BarSeries[] _series;
    private readonly int[] _cursor;
    private readonly int[] _heap;
    private int _heapSize;

    public BarMerger(BarSeries[] series)
    {
        _series = series;
        _cursor = new int[series.Length];
        _heap = new int[series.Length];
        StepSeries = new int[series.Length];
        StepBars = new int[series.Length];
        for (int i = 0; i < series.Length; i++)
        {
            if (series[i].Count > 0) HeapPush(i);
        }
    }

    /// <summary>Series indices of the current step (first <see cref="StepCount"/> entries).</summary>
    public int[] StepSeries { get; }

    /// <summary>Bar indices within their series, parallel to <see cref="StepSeries"/>.</summary>
    public int[] StepBars { get; }

    /// <summary>Number of bars in the current step.</summary>
    public int StepCount { get; private set; }

    /// <summary>End time shared by the current step's bars.</summary>
    public DateTime StepTime { get; private set; }

    /// <summary>Advances to the next time step; false at the end of all data.</summary>
    public bool MoveNext()
    {
        if (_series.Length == 1) return MoveNextSingle();
        if (_heapSize == 0) return false;
        int count = 0;
        DateTime time = EndTime(_heap[0]);
        while (_heapSize > 0 && EndTime(_heap[0]) == time)
        {
            int s = HeapPop();
            StepSeries[count] = s;
            StepBars[count] = _cursor[s];
            count++;
            if (++_cursor[s] < _series[s].Count) HeapPush(s);
        }
        // Heap pops come out ordered by series index within one time (ties broken by index).
        StepCount = count;
        StepTime = time;
        return true;
    }

    // One series needs no heap: every bar is its own time step.
    private bool MoveNextSingle()
    {
        int cursor = _cursor[0];
        if (cursor >= _series[0].Count) return false;
        StepSeries[0] = 0;
        StepBars[0] = cursor;
        StepCount = 1;
        StepTime = _series[0][cursor].EndTime;
        _cursor[0] = cursor + 1;
        return true;
    }

    private DateTime EndTime(int series) => _series[series][_cursor[series]].EndTime;

    private bool Less(int a, int b)
    {
        DateTime ta = EndTime(a), tb = EndTime(b);
        return ta < tb || (ta == tb && a < b);
    }

    private void HeapPush(int series)
    {
        int i = _heapSize++;
        _heap[i] = series;
        while (i > 0)
        {
            int parent = (i - 1) >> 1;
            if (!Less(_heap[i], _heap[parent])) break;
            (_heap[i], _heap[parent]) = (_heap[parent], _heap[i]);
            i = parent;
        }
    }

    private int HeapPop()
    {
        int top = _heap[0];
        _heap[0] = _heap[--_heapSize];
        int i = 0;
        while (true)
        {
            int left = 2 * i + 1, smallest = i;
            if (left < _heapSize && Less(_heap[left], _heap[smallest])) smallest = left;
            if (left + 1 < _heapSize && Less(_heap[left + 1], _heap[smallest])) smallest = left + 1;
            if (smallest == i) break;
            (_heap[i], _heap[smallest]) = (_heap[smallest], _heap[i]);
            i = smallest;
        }
        return top;
    }
}
