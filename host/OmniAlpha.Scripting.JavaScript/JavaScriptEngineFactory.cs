using Jint;
using OmniAlpha.Scripting.JavaScript.Budgets;
using OmniAlpha.Sdk.Scripting;

namespace OmniAlpha.Scripting.JavaScript;

/// <summary>
/// Builds the locked-down Jint engine a JavaScript strategy runs in. The security model is an allow-list: the
/// script sees the ECMAScript built-ins and the host objects the API installs (plain JavaScript objects and
/// functions built by hand, never reflection wrappers of CLR objects), and nothing else.
/// </summary>
/// <remarks>
/// CLR interop is off (no <c>importNamespace</c>, no CLR types, no <c>GetType()</c>), string compilation is off
/// (<c>eval</c>, <c>new Function(...)</c> and <c>Function.prototype.constructor</c> throw), code runs in strict mode,
/// and Jint's constraints enforce the same <see cref="ScriptBudgetLimits"/> the C# guarded level uses: time per
/// callback and per run (<see cref="CallbackTimeConstraint"/>), bytes allocated per callback (Jint's memory limit)
/// and call depth (Jint's recursion limit). Exceptions the API throws for bad arguments (<see cref="ArgumentException"/>,
/// <see cref="InvalidOperationException"/>) become JavaScript errors at the calling line; every other CLR exception
/// (a budget breach above all, or a <see cref="FormatException"/> for a bad <c>--param</c> value) ends the callback
/// and cannot be caught by the script.
/// </remarks>
internal static class JavaScriptEngineFactory
{
    /// <summary>Creates an engine limited by <paramref name="limits"/>; <paramref name="time"/> receives the time constraint.</summary>
    public static Engine Create(ScriptBudgetLimits limits, out CallbackTimeConstraint time)
    {
        limits.Validate();
        var timeConstraint = new CallbackTimeConstraint(limits);
        var engine = new Engine(options =>
        {
            options.Strict = true;
            options.Host.StringCompilationAllowed = false;
            options.Interop.Enabled = false;
            options.Interop.AllowGetType = false;
            options.Interop.AllowSystemReflection = false;
            options.Interop.AllowOperatorOverloading = false;
            options.Interop.ExceptionHandler = IsScriptError;
            options.LimitRecursion(limits.MaxCallDepth);
            options.LimitMemory(limits.CallbackAllocatedBytes);
            options.Constraints.Constraints.Add(timeConstraint);
            options.Constraints.RegexTimeout = limits.CallbackTime;
        });
        time = timeConstraint;
        Api.JsInterop.CaptureFreeze(engine);
        return engine;
    }

    /// <summary>API misuse the script may catch and that carries its line; everything else stops the callback.</summary>
    private static bool IsScriptError(Exception e) => e is ArgumentException or InvalidOperationException;
}
