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
internal sealed class CallbackTimeConstraint(ScriptBudgetLimits limits) : Constraint
{
    private long _startTimestamp;
    private TimeSpan _startPause;
    private TimeSpan _spentBefore;
    private bool _inCallback;

    /// <summary>Time only advances: checking every few statements only delays the verdict, so let Jint amortize it.</summary>
    public override bool IsAmortizable => true;

    /// <summary>Time all finished callbacks of this script have used (excluding garbage-collection pauses).</summary>
    public TimeSpan TotalSpent => _spentBefore;

    /// <summary>
    /// Deliberately does nothing: Jint resets constraints on every entry into the engine (and again on the way out),
    /// but a callback's window must span exactly one callback, so the runner opens and closes it explicitly.
    /// </summary>
    public override void Reset() { }

    /// <summary>Opens a callback's window.</summary>
    public void BeginCallback()
    {
        _startTimestamp = Stopwatch.GetTimestamp();
        _startPause = GC.GetTotalPauseDuration();
        _inCallback = true;
    }

    /// <summary>Closes the callback's window and adds its time to the run's total.</summary>
    public void EndCallback()
    {
        if (!_inCallback) return;
        _spentBefore += Elapsed();
        _inCallback = false;
    }

    /// <inheritdoc />
    public override void Check()
    {
        if (!_inCallback) return;
        var elapsed = Elapsed();
        if (elapsed > limits.CallbackTime)
            throw new ScriptBudgetExceededException(ScriptBudgetKind.CallbackCpu, Ms(limits.CallbackTime), Ms(elapsed));
        if (limits.TotalTime is { } total && _spentBefore + elapsed > total)
            throw new ScriptBudgetExceededException(ScriptBudgetKind.TotalCpu, Ms(total), Ms(_spentBefore + elapsed));
    }

    private TimeSpan Elapsed() => Stopwatch.GetElapsedTime(_startTimestamp) - (GC.GetTotalPauseDuration() - _startPause);

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture) + " ms";
}
