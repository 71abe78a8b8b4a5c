using Microsoft.Extensions.Logging;
using OmniAlpha.Isolation.Tests.Support;

namespace OmniAlpha.Isolation.Tests;

/// <summary>
/// Every call a script can make answers the same in a worker as in process: the strategy in <see cref="ApiTourScript"/>
/// logs what it reads, and its log and reports are identical at the guarded and isolated levels.
/// </summary>
public sealed class ApiSurfaceLevelTests
{
    [Fact]
    public void Every_api_call_answers_the_same_in_a_worker_as_in_process()
    {
        var data = Backtests.Sample.Take(2).ToArray();
        var parameters = new Dictionary<string, string> { ["warmup"] = "6" };
        var inProcessLog = new ListLogger();
        var isolatedLog = new ListLogger();

        var guarded = Backtests.InProcess("ApiTour.cs", ApiTourScript.Source, sandboxed: true, data, parameters, inProcessLog);
        using var strategy = IsolatedStrategyFactory.Create("ApiTour.cs", ApiTourScript.Source);
        var isolated = Backtests.Isolated(strategy, data, parameters, isolatedLog);

        var expected = inProcessLog.Lines;
        Assert.Contains(expected, l => l.Text.Contains(" Filled "));
        Assert.Contains(expected, l => l.Text.Contains(" amend ") && l.Text.Contains(" True "));
        Assert.Contains(expected, l => l.Text.Contains(" cancel True"));
        Assert.Contains(expected, l => l.Text.Contains(" daily "));
        Assert.Contains(expected, l => l.Level == LogLevel.Debug && l.Text.StartsWith("weekly debug"));
        Assert.Equal(expected, isolatedLog.Lines);
        Assert.Equal(guarded.Parameters, isolated.Parameters);
        var guardedReports = Backtests.Reports(guarded);
        foreach (var (name, bytes) in Backtests.Reports(isolated))
            Assert.True(bytes.AsSpan().SequenceEqual(guardedReports[name]), $"{name} of the isolated run differs from the guarded run");
    }
}
