using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace OmniAlpha.Sdk.Scripting;

/// <summary>
/// The <see cref="ScriptBudget"/> state of one thread: the hot counters the injected calls touch, the limits, the start
/// readings and the breach. The engine gets it once per run with <see cref="ScriptBudget.ForCurrentThread"/>,
/// <see cref="Configure"/>s it, and then brackets every callback with <see cref="Arm"/> and <see cref="Disarm"/>; both
/// are a few stores when nothing is unusual (no total limit, no breach), so arming costs next to nothing per callback.
/// </summary>
/// <remarks>Belongs to the thread that got it: arm and disarm it only there (the thread the strategy's callbacks run on).</remarks>
public sealed class ScriptBudgetMeter
{
    private const int Disarmed = 0, Armed = 1, Measuring = 2;

    // Hot fields, touched by every injected call.
    internal int TicksUntilCheck = int.MaxValue;
    internal int Depth;
    internal int MaxDepth = int.MaxValue;

    private ScriptBudgetLimits _limits = ScriptBudgetLimits.Default;
    private int _state;
    // Arm and Disarm take the slow path when a total limit is set or after a breach (which also spoils MaxDepth).
    private bool _slowPath = true;
    private long _startTimestamp;
    private TimeSpan _startPause;
    private TimeSpan _totalPause;
    private long _startAllocated;
    private long _totalTicks;

    internal ScriptBudgetMeter()
    {
    }

    /// <summary>False while an armed callback has breached: its catch clauses must not handle anything.</summary>
    internal bool CanCatch => _state == Disarmed || Breach is null;

    /// <summary>The breach of the current (or last) callback; sticky until the next <see cref="Arm"/>.</summary>
    public ScriptBudgetExceededException? Breach { get; private set; }

    /// <summary>The limits later callbacks are armed with.</summary>
    public ScriptBudgetLimits Limits => _limits;

    /// <summary>Sets the limits for the following callbacks (validated).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive.</exception>
    public void Configure(ScriptBudgetLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        limits.Validate();
        _limits = limits;
        _slowPath = true; // the next Arm re-reads the limits
    }

    /// <summary>
    /// Starts the budgets of one callback. Reading the clock and the allocation counter costs about as much as a whole
    /// cheap callback, so without a total limit the readings wait for the first check
    /// (<see cref="ScriptBudget.TicksBeforeFirstCheck"/> ticks in); with one, every callback's time counts, so the clock is read now.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Arm()
    {
        if (_slowPath)
        {
            ArmSlow();
            return;
        }
        Depth = 0;
        TicksUntilCheck = ScriptBudget.TicksBeforeFirstCheck;
        _state = Armed;
    }

    /// <summary>
    /// Ends the callback's budgets and returns its breach, if any (also when called again). The counters stay as they
    /// are; the slow paths see the meter is disarmed and lift the limits, so script code run between callbacks (a
    /// constructor, a <c>Name</c> getter) is not limited.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ScriptBudgetExceededException? Disarm()
    {
        if (_slowPath) return DisarmSlow();
        _state = Disarmed;
        return null;
    }

    /// <summary>Forgets the accumulated total time; call it when a run starts.</summary>
    public void ResetTotal()
    {
        _totalTicks = 0;
        _totalPause = TimeSpan.Zero;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ArmSlow()
    {
        Breach = null;
        _slowPath = _limits.TotalTime is not null;
        MaxDepth = _limits.MaxCallDepth;
        Depth = 0;
        TicksUntilCheck = ScriptBudget.TicksBeforeFirstCheck;
        _state = Armed;
        if (_limits.TotalTime is not null) BeginMeasuring();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private ScriptBudgetExceededException? DisarmSlow()
    {
        if (_state != Disarmed && _limits.TotalTime is not null)
        {
            _totalTicks += Stopwatch.GetTimestamp() - _startTimestamp;
            _totalPause += GC.GetTotalPauseDuration() - _startPause;
        }
        _state = Disarmed;
        return Breach;
    }

    /// <summary>The slow path of a tick: take the start readings, or measure; throws on a breach.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void Check()
    {
        if (_state == Disarmed)
        {
            TicksUntilCheck = int.MaxValue;
            return;
        }
        TicksUntilCheck = ScriptBudget.TicksPerCheck;
        if (Breach is null && _state == Armed)
        {
            BeginMeasuring();
            return;
        }
        if ((Breach ?? Measure()) is { } breach) Trip(breach);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void DepthExceeded()
    {
        if (_state == Disarmed)
        {
            // Code run outside a callback (e.g. a constructor) is not limited.
            MaxDepth = int.MaxValue;
            _slowPath = true; // the next Arm restores the limit
            return;
        }
        Trip(Breach ?? new ScriptBudgetExceededException(
            ScriptBudgetKind.CallDepth, $"{MaxDepth:N0} nested calls", $"{Depth:N0} nested calls"));
    }

    /// <summary>Nested iterators exhausted the stack: a call-depth breach inside a callback (outside, the caller throws).</summary>
    internal void StackExhausted()
    {
        if (_state == Disarmed) return;
        Trip(Breach ?? new ScriptBudgetExceededException(
            ScriptBudgetKind.CallDepth, $"{MaxDepth:N0} nested calls", "the thread's stack (nested iterators)"));
    }

    private void Trip(ScriptBudgetExceededException breach)
    {
        Breach = breach;
        _slowPath = true;
        // Every later tick or entry re-throws, so code in finally blocks cannot keep running.
        TicksUntilCheck = -1;
        MaxDepth = -1;
        throw breach;
    }

    private void BeginMeasuring()
    {
        _state = Measuring;
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
