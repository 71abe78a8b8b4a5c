using System.Reflection;
using OmniAlpha.Isolation.Protocol;
using OmniAlpha.Isolation.Protocol.Messages;
using OmniAlpha.Sdk.Scripting;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Worker;

/// <summary>
/// Runs one strategy callback the way the kernel's invoker does in process: under armed budgets when the script
/// carries injected checks, every exception caught, and reports the outcome to the host (done or failed).
/// </summary>
internal sealed class CallbackRunner
{
    private readonly ScriptBudgetLimits? _budgets;
    private readonly FrameWriter _writer;

    public CallbackRunner(Strategy strategy, ScriptBudgetLimits? budgets, FrameWriter writer)
    {
        _writer = writer;
        // Trusted compiles have no injected checks: arming would only cost time.
        _budgets = budgets is not null && strategy.GetType().Assembly.IsDefined(typeof(BudgetedScriptAttribute)) ? budgets : null;
        if (_budgets is not null) ScriptBudget.ResetTotal();
    }

    /// <summary>Runs <paramref name="callback"/> and sends CallbackDone or CallbackFailed.</summary>
    public void Run<TState>(TState state, Action<TState> callback)
    {
        Exception? failure = null;
        try
        {
            if (_budgets is not null) ScriptBudget.Arm(_budgets);
            callback(state);
        }
        catch (Exception e)
        {
            failure = e;
        }
        // A breach the script swallowed on its way out (a finally that threw over it) still fails the callback.
        if (_budgets is not null && ScriptBudget.Disarm() is { } breach) failure = breach;
        if (failure is null)
        {
            _writer.Write(MessageType.CallbackDone);
            return;
        }
        _writer.Write(MessageType.CallbackFailed, new CallbackFailedMessage
        {
            ExceptionType = failure.GetType().Name,
            Message = failure.Message,
            Detail = failure.ToString(),
            IsBudgetBreach = failure is ScriptBudgetExceededException,
        });
    }
}
