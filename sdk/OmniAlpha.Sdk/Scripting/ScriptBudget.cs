using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace OmniAlpha.Sdk.Scripting;

/// <summary>
/// Cooperative CPU, allocation and call-depth budgets of guarded scripts. The script compiler injects
/// <see cref="Tick"/> into every loop body and <see cref="Enter"/>/<see cref="Exit"/> (in a try/finally) around
/// every method, accessor, local function and lambda body that can take part in a recursion; the engine arms the
/// thread's <see cref="ScriptBudgetMeter"/> (<see cref="ForCurrentThread"/>) before and disarms it after each callback.
/// </summary>
/// <remarks>
/// The fast path is a thread-static decrement and compare; the clock and the allocation counter are read every
/// <see cref="TicksPerCheck"/> ticks, first after <see cref="TicksBeforeFirstCheck"/>. Once a budget is exceeded the breach is sticky until the next
/// <see cref="Arm"/>: every later tick or entry throws it again (so a <c>finally</c> cannot keep running), and the
/// injected catch filter <see cref="CanCatch"/> keeps script <c>catch</c> clauses from handling it. The checks are
/// cooperative: time spent inside one framework call (no script loop runs) is only noticed at the next tick.
/// </remarks>
public static class ScriptBudget
{
    /// <summary>Ticks between two reads of the clock and the allocation counter.</summary>
    public const int TicksPerCheck = 128;

    /// <summary>
    /// Ticks (loop iterations and calls) of a callback before its first check, which takes the start readings; a
    /// callback that stays below it is not measured (unless a total time limit is set), so cheap callbacks pay
    /// no clock read. Time and allocation before the first check are not counted.
    /// </summary>
    public const int TicksBeforeFirstCheck = 16;

    // One thread-static reference: each injected call costs a single TLS read. Null until the thread's first Arm.
    [ThreadStatic] private static ScriptBudgetMeter? t_meter;

    /// <summary>Injected at the start of every loop body.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick()
    {
        var meter = t_meter;
        if (meter is not null && --meter.TicksUntilCheck < 0) meter.Check();
    }

    /// <summary>Injected at the start of every method, accessor, local function and lambda body.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Enter()
    {
        var meter = t_meter;
        if (meter is null) return;
        if (++meter.Depth > meter.MaxDepth) meter.DepthExceeded();
        if (--meter.TicksUntilCheck < 0) meter.Check();
    }

    /// <summary>Injected in the <c>finally</c> of every body <see cref="Enter"/> starts.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Exit()
    {
        var meter = t_meter;
        if (meter is not null) meter.Depth--;
    }

    /// <summary>
    /// Injected at the start of every iterator body instead of depth accounting (a suspended iterator has no frame): a
    /// tick, and a breach of the call-depth budget when the thread's stack is nearly exhausted (iterators nested in
    /// iterators recurse through their enumerators).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void EnsureStack()
    {
        Tick();
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) StackExhausted();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void StackExhausted()
    {
        if (t_meter is { } meter) meter.StackExhausted();
        throw new InsufficientExecutionStackException();
    }

    /// <summary>Injected as the filter of every script <c>catch</c>: false once a budget was exceeded.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static bool CanCatch() => t_meter?.CanCatch ?? true;

    /// <summary>The current thread's meter (created on first use); the engine keeps it for the run and arms it per callback.</summary>
    public static ScriptBudgetMeter ForCurrentThread() => t_meter ??= new ScriptBudgetMeter();

    /// <summary>Starts the budgets of one callback on the current thread (<see cref="ScriptBudgetMeter.Arm"/>, configured with <paramref name="limits"/>).</summary>
    public static void Arm(ScriptBudgetLimits limits)
    {
        var meter = ForCurrentThread();
        if (!ReferenceEquals(meter.Limits, limits)) meter.Configure(limits);
        meter.Arm();
    }

    /// <summary>Ends the callback's budgets; returns the breach if one occurred (also when called again).</summary>
    public static ScriptBudgetExceededException? Disarm() => t_meter?.Disarm();

    /// <summary>Forgets the accumulated total time of the current thread; call it when a run starts.</summary>
    public static void ResetTotal() => t_meter?.ResetTotal();
}
