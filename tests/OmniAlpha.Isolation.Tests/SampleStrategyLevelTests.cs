using OmniAlpha.Isolation.Tests.Support;

namespace OmniAlpha.Isolation.Tests;

/// <summary>
/// The same strategy file runs at every isolation level with identical results: the report files of trusted, guarded
/// and isolated runs of each sample strategy on the built-in sample data are byte-identical.
/// </summary>
public sealed class SampleStrategyLevelTests
{
    [Theory]
    [InlineData("SmaCross.cs")]
    [InlineData("RsiReversion.cs")]
    [InlineData("MomentumRotation.cs")]
    [InlineData("BracketBreakout.cs")]
    public void Trusted_guarded_and_isolated_runs_write_byte_identical_reports(string file)
    {
        string source = Backtests.SampleScript(file);
        var trusted = Backtests.InProcess(file, source, sandboxed: false, Backtests.Sample);
        var guarded = Backtests.InProcess(file, source, sandboxed: true, Backtests.Sample);
        using var isolatedStrategy = IsolatedStrategyFactory.Create(file, source);
        var isolated = Backtests.Isolated(isolatedStrategy, Backtests.Sample);

        Assert.True(trusted.Orders.Count > 0, $"{file} places orders on the sample data (else the comparison proves little)");
        var expected = Backtests.Reports(trusted);
        foreach (var (level, result) in new[] { ("guarded", guarded), ("isolated", isolated) })
        {
            var actual = Backtests.Reports(result);
            foreach (var (name, bytes) in expected)
                Assert.True(bytes.AsSpan().SequenceEqual(actual[name]), $"{file}: {name} of the {level} run differs from the trusted run");
        }
        Assert.Equal(0, isolatedStrategy.Restarts);
    }

    [Fact]
    public void Parameters_reach_the_isolated_script_and_are_reported_like_in_process()
    {
        var parameters = new Dictionary<string, string> { ["fast"] = "5", ["slow"] = "20" };
        string source = Backtests.SampleScript("SmaCross.cs");
        var guarded = Backtests.InProcess("SmaCross.cs", source, sandboxed: true, Backtests.Sample, parameters);
        using var strategy = IsolatedStrategyFactory.Create("SmaCross.cs", source);
        var isolated = Backtests.Isolated(strategy, Backtests.Sample, parameters);

        Assert.Equal(guarded.Parameters, isolated.Parameters);
        Assert.Equal("5", isolated.Parameters["fast"]);
        Assert.Equal(guarded.Orders.Count, isolated.Orders.Count);
    }
}
