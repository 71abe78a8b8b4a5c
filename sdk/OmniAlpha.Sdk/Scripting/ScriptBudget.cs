using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace OmniAlpha.Sdk.Scripting;

/// <summary>
/// Cooperative CPU, allocation and call-depth budgets of guarded scripts. The script compiler injects
/// <see cref="Tick"/> into every loop body and <see cref="Enter"/>/<see cref="Exit"/> (in a try/finally) around
/// every method, accessor, local function and lambda body; the engine calls <see cref="Arm"/> before and
/// <see cref="Disarm"/> after each callback on its thread.
/// </summary>
/// <remarks>
/// The fast path is a thread-static decrement and compare; the clock and the allocation counter are read every
/// <see cref="TicksPerCheck"/> ticks. Once a budget is exceeded the breach is sticky until the next
/// <see cref="Arm"/>: every later tick or entry throws it again (so a <c>finally</c> cannot keep running), and the
/// injected catch filter <see cref="CanCatch"/> keeps script <c>catch</c> clauses from handling it. The checks are
/// cooperative: time spent inside one framework call (no script loop runs) is only noticed at the next tick.
/// </remarks>
public static class ScriptBudget
{
    /// <summary>Ticks between two reads of the clock and the allocation counter.</summary>
    public const int TicksPerCheck = 128;

    [ThreadStatic] private static int t_ticksUntilCheck;
    [ThreadStatic] private static int t_depth;
    [ThreadStatic] private static int t_maxDepth;
    [ThreadStatic] private static ScriptBudgetMeter? t_meter;

    /// <summary>Injected at the start of every loop body.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick()
    {
        if (--t_ticksUntilCheck < 0) Check();
    }

    /// <summary>Injected at the start of every method, accessor, local function and lambda body.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Enter()
    {
        if (++t_depth > t_maxDepth) DepthExceeded();
        if (--t_ticksUntilCheck < 0) Check();
    }

    /// <summary>Injected in the <c>finally</c> of every body <see cref="Enter"/> starts.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Exit() => t_depth--;

    /// <summary>Injected as the filter of every script <c>catch</c>: false once a budget was exceeded.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static bool CanCatch() => t_meter?.Breach is null;

    /// <summary>Starts the budgets of one callback on the current thread.</summary>
    public static void Arm(ScriptBudgetLimits limits)
    {
        var meter = t_meter ??= new ScriptBudgetMeter();
        meter.Start(limits);
        t_depth = 0;
        t_maxDepth = limits.MaxCallDepth;
        t_ticksUntilCheck = TicksPerCheck;
    }

    /// <summary>Ends the callback's budgets; returns the breach if one occurred (also when called again).</summary>
    public static ScriptBudgetExceededException? Disarm()
    {
        t_maxDepth = int.MaxValue;
        t_ticksUntilCheck = int.MaxValue;
        return t_meter?.Stop();
    }

    /// <summary>Forgets the accumulated total time of the current thread; call it when a run starts.</summary>
    public static void ResetTotal() => t_meter?.ResetTotal();

    private static void Check()
    {
        var meter = t_meter;
        if (meter is null || !meter.IsArmed)
        {
            t_ticksUntilCheck = int.MaxValue;
            return;
        }
        t_ticksUntilCheck = TicksPerCheck;
        if ((meter.Breach ?? meter.Measure()) is { } breach) Trip(breach);
    }

    private static void DepthExceeded()
    {
        var meter = t_meter;
        if (meter is null || !meter.IsArmed)
        {
            // Not armed (code run outside a callback, e.g. a constructor): no limit.
            t_maxDepth = int.MaxValue;
            return;
        }
        Trip(meter.Breach ?? new ScriptBudgetExceededException(
            ScriptBudgetKind.CallDepth, $"{t_maxDepth:N0} nested calls", $"{t_depth:N0} nested calls"));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Trip(ScriptBudgetExceededException breach)
    {
        t_meter!.Breach = breach;
        // Every later tick re-throws, so code in finally blocks or after a swallowed catch cannot keep running.
        t_ticksUntilCheck = -1;
        t_maxDepth = -1;
        throw breach;
    }
}
