using System.Globalization;
using Jint;
using Jint.Native;
using Jint.Runtime;
using OmniAlpha.Sdk.Scripting;

namespace OmniAlpha.Scripting.JavaScript.Budgets;

/// <summary>
/// Calls script functions under fresh budgets and translates what comes out: Jint's recursion and memory limits
/// become <see cref="ScriptBudgetExceededException"/> (the same breach the C# guarded level raises, so the kernel
/// treats both alike) and JavaScript errors become <see cref="JavaScriptRuntimeException"/> with the script position.
/// </summary>
internal sealed class JavaScriptCallbackRunner(Engine engine, CallbackTimeConstraint time, ScriptBudgetLimits limits, string displayPath)
{
    private readonly JsValue[] _one = new JsValue[1];
    private long _startAllocated;

    /// <summary>The script file as shown in errors.</summary>
    public string DisplayPath => displayPath;

    /// <summary>Calls <paramref name="function"/> with no argument.</summary>
    public void Call(JsValue function) => Invoke(function, []);

    /// <summary>Calls <paramref name="function"/> with one argument (the argument array is reused: no allocation).</summary>
    public void Call(JsValue function, JsValue argument)
    {
        _one[0] = argument;
        try { Invoke(function, _one); }
        finally { _one[0] = JsValue.Undefined; }
    }

    /// <summary>Runs the script's top level (when the strategy file loads) under the same budgets.</summary>
    public void Execute(in Prepared<Acornima.Ast.Script> script)
    {
        Begin();
        try { engine.Execute(script); }
        catch (Exception e) when (Translate(e) is { } translated) { throw translated; }
        finally { time.EndCallback(); }
    }

    private void Invoke(JsValue function, JsValue[] arguments)
    {
        Begin();
        try { engine.Call(function, JsValue.Undefined, arguments); }
        catch (Exception e) when (Translate(e) is { } translated) { throw translated; }
        finally { time.EndCallback(); }
    }

    // Jint resets its own constraints (memory baseline) on each entry into the engine (Execute, Call); the time window
    // is opened here and closed in EndCallback, so it spans exactly one callback.
    private void Begin()
    {
        _startAllocated = GC.GetAllocatedBytesForCurrentThread();
        time.BeginCallback();
    }

    /// <summary>The exception to throw instead of <paramref name="e"/>, or null to let it through unchanged.</summary>
    private Exception? Translate(Exception e) => e switch
    {
        RecursionDepthOverflowException => new ScriptBudgetExceededException(ScriptBudgetKind.CallDepth,
            $"{limits.MaxCallDepth.ToString("N0", CultureInfo.InvariantCulture)} nested calls",
            $"more than {limits.MaxCallDepth.ToString("N0", CultureInfo.InvariantCulture)} nested calls"),
        MemoryLimitExceededException => new ScriptBudgetExceededException(ScriptBudgetKind.CallbackAllocation,
            Mb(limits.CallbackAllocatedBytes), Mb(GC.GetAllocatedBytesForCurrentThread() - _startAllocated)),
        JavaScriptException js => FromJavaScript(js),
        _ => null,
    };

    private JavaScriptRuntimeException FromJavaScript(JavaScriptException e)
    {
        var start = e.Location.Start;
        return new JavaScriptRuntimeException(displayPath, Math.Max(start.Line, 1), start.Column + 1, Describe(e), e.JavaScriptStackTrace, e);
    }

    /// <summary><c>TypeError: message</c> for Error objects; the thrown value itself for anything else (<c>throw 'x'</c>).</summary>
    private static string Describe(JavaScriptException e)
    {
        if (e.Error is Jint.Native.Object.ObjectInstance error && error.Get("name") is JsString name)
            return $"{name}: {e.Message}";
        return "uncaught " + e.Message;
    }

    private static string Mb(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("N1", CultureInfo.InvariantCulture) + " MB";
}
