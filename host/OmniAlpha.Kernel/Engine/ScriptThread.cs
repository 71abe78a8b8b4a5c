using System.Runtime.ExceptionServices;

namespace OmniAlpha.Kernel.Engine;

/// <summary>
/// Runs a backtest of a guarded script on a thread of its own with a large stack. The call-depth budget stops a runaway
/// recursion long before a normal stack would overflow, but unwinding the breach can cost far more stack than the descent:
/// code outside the script that catches an exception and throws a new one (List.Sort wraps a comparer's exception, for
/// one) does so from inside its catch handler, so each level of a recursion through it stacks one more exception dispatch
/// (about 15 KB each, measured) on top of the deepest frame. With 1,000 levels that needs ~16 MB, more than the 8 MB main
/// thread of Linux or the 1 MB of Windows; on this thread it fits, and the process survives.
/// </summary>
internal static class ScriptThread
{
    /// <summary>Stack reserved for the engine thread (address space only; pages are committed as they are used).</summary>
    public const int StackBytes = 256 * 1024 * 1024;

    /// <summary>Runs <paramref name="body"/> on a new thread with a <see cref="StackBytes"/> stack and returns its result or rethrows its exception.</summary>
    public static T Run<T>(Func<T> body)
    {
        T result = default!;
        ExceptionDispatchInfo? error = null;
        var thread = new Thread(() =>
        {
            try { result = body(); }
            catch (Exception e) { error = ExceptionDispatchInfo.Capture(e); }
        }, StackBytes)
        {
            Name = "OmniAlpha guarded script",
            IsBackground = true,
        };
        thread.Start();
        thread.Join();
        error?.Throw();
        return result;
    }
}
