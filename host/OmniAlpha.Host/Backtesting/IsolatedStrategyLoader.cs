using Microsoft.Extensions.Logging;
using OmniAlpha.Host.Cli;
using OmniAlpha.Isolation;
using OmniAlpha.Sdk.Scripting;

namespace OmniAlpha.Host.Backtesting;

/// <summary>
/// The CLI's one entry to the <c>isolated</c> level: a <c>.cs</c> strategy started in its own <c>omnialpha-worker</c>
/// process (guarded inside it). Disposing the returned handle ends the worker. For <c>--isolation isolated</c>.
/// </summary>
internal static class IsolatedStrategyLoader
{
    /// <summary>Starts <paramref name="strategy"/> isolated with <paramref name="budgets"/> armed in the worker (null: off).</summary>
    /// <exception cref="CommandFailure">Not a .cs file, the file is missing, or the worker cannot be started (exit 1).</exception>
    public static LoadedStrategy Load(string strategy, ScriptBudgetLimits? budgets, ILogger logger)
    {
        if (!strategy.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
            throw new CommandFailure($"--isolation isolated runs a .cs strategy file; '{strategy}' is precompiled or built in and runs in process");
        if (!File.Exists(strategy)) throw new CommandFailure($"strategy file not found: {strategy}");
        IsolatedStrategy isolated;
        try
        {
            isolated = IsolatedStrategyFactory.Create(strategy, IsolatedStrategyOptions.Default with { Budgets = budgets });
        }
        catch (IsolatedWorkerException e)
        {
            throw new CommandFailure(e.Message, inner: e);
        }
        foreach (var warning in isolated.Warnings) logger.LogWarning("{Warning}", warning);
        return new LoadedStrategy(isolated, isolated);
    }
}
