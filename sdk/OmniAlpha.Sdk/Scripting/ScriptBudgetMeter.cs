using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace OmniAlpha.Sdk.Scripting;

/// <summary>
/// The state of <see cref="ScriptBudget"/> on one thread: the hot counters the injected calls touch, the limits,
/// the start readings and the breach.
/// </summary>
internal sealed class ScriptBudgetMeter
{
    // Hot fields, touched by every injected call.
    public int TicksUntilCheck = int.MaxValue;
    public int Depth;
    public int MaxDepth = int.MaxValue;

    private ScriptBudgetLimits _limits = ScriptBudgetLimits.Default;
    private bool _armed;
    private bool _measuring;
    private long _startTimestamp;
    private TimeSpan _startPause;
    private TimeSpan _totalPause;
    private long _startAllocated;
    private long _totalTicks;

    /// <summary>False while an armed callback has breached: its catch clauses must not handle anything.</summary>
    public bool CanCatch => !_armed || Breach is null;

    /// <summary>The breach of the current (or last) callback; sticky until the next <see cref="Start"/>.</summary>
    public ScriptBudgetExceededException? Breach { get; private set; }

    /// <summary>
    /// Arms the meter. Reading the clock and the allocation counter costs about as much as a whole cheap callback,
    /// so without a total limit the readings wait for the first check (<see cref="ScriptBudget.TicksBeforeFirstCheck"/>
    /// ticks in); with one, every callback's time counts, so the clock is read now.
    /// </summary>
    public void Start(ScriptBudgetLimits limits)
    {
        // Runs before every callback: skip the reference stores (GC write barriers) when nothing changed.
        if (!ReferenceEquals(_limits, limits)) _limits = limits;
        if (Breach is not null) Breach = null;
        _armed = true;
        _measuring = false;
        Depth = 0;
        MaxDepth = limits.MaxCallDepth;
        TicksUntilCheck = ScriptBudget.TicksBeforeFirstCheck;
        if (limits.TotalTime is not null) BeginMeasuring();
    }

    /// <summary>Disarms; the counters stay as they are, the slow paths see the meter is disarmed and lift the limits.</summary>
    public ScriptBudgetExceededException? Stop()
    {
        if (_armed)
        {
            _armed = false;
            if (_limits.TotalTime is not null)
            {
                _totalTicks += Stopwatch.GetTimestamp() - _startTimestamp;
                _totalPause += GC.GetTotalPauseDuration() - _startPause;
            }
        }
        return Breach;
    }

    public void ResetTotal()
    {
        _totalTicks = 0;
        _totalPause = TimeSpan.Zero;
    }

    /// <summary>The slow path of a tick: take the start readings, or measure; throws on a breach.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Check()
    {
        if (!_armed)
        {
            TicksUntilCheck = int.MaxValue;
            return;
        }
        TicksUntilCheck = ScriptBudget.TicksPerCheck;
        if (Breach is null && !_measuring)
        {
            BeginMeasuring();
            return;
        }
        if ((Breach ?? Measure()) is { } breach) Trip(breach);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public void DepthExceeded()
    {
        if (!_armed)
        {
            // Code run outside a callback (e.g. a constructor) is not limited.
            MaxDepth = int.MaxValue;
            return;
        }
        Trip(Breach ?? new ScriptBudgetExceededException(
            ScriptBudgetKind.CallDepth, $"{MaxDepth:N0} nested calls", $"{Depth:N0} nested calls"));
    }

    private void Trip(ScriptBudgetExceededException breach)
    {
        Breach = breach;
        // Every later tick or entry re-throws, so code in finally blocks cannot keep running.
        TicksUntilCheck = -1;
        MaxDepth = -1;
        throw breach;
    }

    private void BeginMeasuring()
    {
        _measuring = true;
        _startAllocated = GC.GetAllocatedBytesForCurrentThread();
        _startPause = GC.GetTotalPauseDuration();
        _startTimestamp = Stopwatch.GetTimestamp();
    }

    /// <summary>Reads the clock and the allocation counter; the first exceeded budget, or null.</summary>
    private ScriptBudgetExceededException? Measure()
    {
        long elapsed = Stopwatch.GetTimestamp() - _startTimestamp;
        // Garbage-collection pauses are the runtime's time, not the script's: a gen-2 collection of a large
        // backtest's heap can take longer than a whole callback budget.
        TimeSpan paused = GC.GetTotalPauseDuration() - _startPause;
        var callbackTime = Stopwatch.GetElapsedTime(0, elapsed) - paused;
        if (callbackTime > _limits.CallbackTime)
            return new ScriptBudgetExceededException(ScriptBudgetKind.CallbackCpu, Ms(_limits.CallbackTime), Ms(callbackTime));
        if (_limits.TotalTime is { } totalLimit)
        {
            var total = Stopwatch.GetElapsedTime(0, _totalTicks + elapsed) - _totalPause - paused;
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
