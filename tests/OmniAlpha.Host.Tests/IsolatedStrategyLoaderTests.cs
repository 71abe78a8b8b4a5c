using Microsoft.Extensions.Logging.Abstractions;
using OmniAlpha.Host.Backtesting;
using OmniAlpha.Host.Cli;
using OmniAlpha.Isolation;
using OmniAlpha.Sdk.Scripting;

namespace OmniAlpha.Host.Tests;

/// <summary>The CLI's entry to the isolated level finds the worker shipped beside omnialpha and reports bad input as exit 1.</summary>
public sealed class IsolatedStrategyLoaderTests
{
    [Fact]
    public void A_cs_strategy_starts_in_a_worker_shipped_beside_the_executable()
    {
        string script = Path.Combine(OmniAlpha.Tests.Shared.SharedData.RepositoryRoot, "strategies", "SmaCross.cs");

        using var loaded = IsolatedStrategyLoader.Load(script, ScriptBudgetLimits.Default, NullLogger.Instance);

        var isolated = Assert.IsType<IsolatedStrategy>(loaded.Instance);
        Assert.Equal("SmaCross", isolated.Name);
        Assert.NotNull(isolated.WorkerProcessId);
    }

    [Theory]
    [InlineData("SmaCross", "--isolation isolated runs a .cs strategy file")]
    [InlineData("missing/Nope.cs", "strategy file not found: missing/Nope.cs")]
    public void Anything_but_an_existing_cs_file_is_bad_input(string strategy, string message)
    {
        var error = Assert.Throws<CommandFailure>(() => IsolatedStrategyLoader.Load(strategy, null, NullLogger.Instance));
        Assert.Equal(1, error.ExitCode);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
