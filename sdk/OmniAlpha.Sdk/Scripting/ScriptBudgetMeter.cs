using System.Diagnostics;
using System.Globalization;

namespace OmniAlpha.Sdk.Scripting;

/// <summary>The slow-path state of <see cref="ScriptBudget"/> on one thread: limits, start readings, the breach.</summary>
internal sealed class ScriptBudgetMeter
{
    private ScriptBudgetLimits _limits = ScriptBudgetLimits.Default;
    private long _startTimestamp;
    private long _startAllocated;
    private long _totalTicks;

    public bool IsArmed { get; private set; }

    /// <summary>The breach of the current (or last) callback; sticky until the next <see cref="Start"/>.</summary>
    public ScriptBudgetExceededException? Breach { get; set; }

    public void Start(ScriptBudgetLimits limits)
    {
        _limits = limits;
        Breach = null;
        IsArmed = true;
        _startAllocated = GC.GetAllocatedBytesForCurrentThread();
        _startTimestamp = Stopwatch.GetTimestamp();
    }

    public ScriptBudgetExceededException? Stop()
    {
        if (IsArmed)
        {
            IsArmed = false;
            // The total needs a second clock read per callback, so it is only kept when it is limited.
            if (_limits.TotalTime is not null) _totalTicks += Stopwatch.GetTimestamp() - _startTimestamp;
        }
        return Breach;
    }

    public void ResetTotal() => _totalTicks = 0;

    /// <summary>Reads the clock and the allocation counter; the first exceeded budget, or null.</summary>
    public ScriptBudgetExceededException? Measure()
    {
        long elapsed = Stopwatch.GetTimestamp() - _startTimestamp;
        var callbackTime = Stopwatch.GetElapsedTime(0, elapsed);
        if (callbackTime > _limits.CallbackTime)
            return new ScriptBudgetExceededException(ScriptBudgetKind.CallbackCpu, Ms(_limits.CallbackTime), Ms(callbackTime));
        if (_limits.TotalTime is { } totalLimit)
        {
            var total = Stopwatch.GetElapsedTime(0, _totalTicks + elapsed);
            if (total > totalLimit) return new ScriptBudgetExceededException(ScriptBudgetKind.TotalCpu, Ms(totalLimit), Ms(total));
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - _startAllocated;
        if (allocated > _limits.CallbackAllocatedBytes)
            return new ScriptBudgetExceededException(ScriptBudgetKind.CallbackAllocation, Mb(_limits.CallbackAllocatedBytes), Mb(allocated));
        return null;
    }

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture) + " ms";

    private static string Mb(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("N1", CultureInfo.InvariantCulture) + " MB";
}
