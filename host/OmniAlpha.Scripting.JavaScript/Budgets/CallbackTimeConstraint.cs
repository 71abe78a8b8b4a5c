using System.Diagnostics;
using System.Globalization;
using Jint;
using OmniAlpha.Sdk.Scripting;

namespace OmniAlpha.Scripting.JavaScript.Budgets;

/// <summary>
/// Jint constraint that enforces <see cref="ScriptBudgetLimits.CallbackTime"/> and <see cref="ScriptBudgetLimits.TotalTime"/>
/// the way the C# guarded level measures them: wall-clock time of the engine thread minus garbage-collection pauses.
/// A breach throws <see cref="ScriptBudgetExceededException"/>, which Jint does not turn into a JavaScript error, so
/// a script's <c>try/catch</c> cannot swallow it.
/// </summary>
/// <remarks>
/// Jint checks amortized constraints every 64 statements. Like the C# meter (which waits
/// <see cref="ScriptBudget.TicksBeforeFirstCheck"/> ticks), a callback is measured from its first check on, unless a
/// total limit is set: a cheap callback (fewer statements than one check interval) is never measured, so it pays no
/// clock reads and cannot be failed by the machine descheduling the engine thread in the middle of it.
/// </remarks>
internal sealed class CallbackTimeConstraint(ScriptBudgetLimits limits) : Constraint
{
    private long _startTimestamp;
    private TimeSpan _startPause;
    private TimeSpan _spentBefore;
    private bool _inCallback;
    private bool _measuring;

    /// <summary>Time only advances: checking every few statements only delays the verdict, so let Jint amortize it.</summary>
    public override bool IsAmortizable => true;

    /// <summary>Time all finished callbacks of this script have used (excluding garbage-collection pauses).</summary>
    public TimeSpan TotalSpent => _spentBefore;

    /// <summary>
    /// Deliberately does nothing: Jint resets constraints on every entry into the engine (and again on the way out),
    /// but a callback's window must span exactly one callback, so the runner opens and closes it explicitly.
    /// </summary>
    public override void Reset() { }

    /// <summary>Opens a callback's window (its readings are taken now only when a total limit needs every callback's time).</summary>
    public void BeginCallback()
    {
        _inCallback = true;
        _measuring = false;
        if (limits.TotalTime is not null) BeginMeasuring();
    }

    /// <summary>Closes the callback's window and adds its measured time to the run's total.</summary>
    public void EndCallback()
    {
        if (_inCallback && _measuring) _spentBefore += Elapsed();
        _inCallback = false;
        _measuring = false;
    }

    /// <inheritdoc />
    public override void Check()
    {
        if (!_inCallback) return;
        if (!_measuring)
        {
            BeginMeasuring();
            return;
        }
        var elapsed = Elapsed();
        if (elapsed > limits.CallbackTime)
            throw new ScriptBudgetExceededException(ScriptBudgetKind.CallbackCpu, Ms(limits.CallbackTime), Ms(elapsed));
        if (limits.TotalTime is { } total && _spentBefore + elapsed > total)
            throw new ScriptBudgetExceededException(ScriptBudgetKind.TotalCpu, Ms(total), Ms(_spentBefore + elapsed));
    }

    private void BeginMeasuring()
    {
        _measuring = true;
        _startPause = GC.GetTotalPauseDuration();
        _startTimestamp = Stopwatch.GetTimestamp();
    }

    private TimeSpan Elapsed() => Stopwatch.GetElapsedTime(_startTimestamp) - (GC.GetTotalPauseDuration() - _startPause);

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture) + " ms";
}
