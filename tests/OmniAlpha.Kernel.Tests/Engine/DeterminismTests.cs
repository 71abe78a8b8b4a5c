using OmniAlpha.Kernel.Results;
using OmniAlpha.Kernel.Tests.Strategies;
using OmniAlpha.Sdk.Portfolio;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Kernel.Tests.Engine;

/// <summary>Same inputs, same outputs, byte for byte: every report file of two identical runs is identical.</summary>
public class DeterminismTests
{
    public static TheoryData<string> Samples() => ["SmaCross", "RsiReversion", "MomentumRotation", "BracketBreakout"];

    private static Strategy Create(string name) => name switch
    {
        "SmaCross" => new SmaCross(),
        "RsiReversion" => new RsiReversion(),
        "MomentumRotation" => new MomentumRotation(),
        "BracketBreakout" => new BracketBreakout(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown sample"),
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Two_runs_of_a_sample_write_byte_identical_reports(string sample)
    {
        var root = Directory.CreateTempSubdirectory("omnialpha-determinism-");
        try
        {
            string first = Path.Combine(root.FullName, "first"), second = Path.Combine(root.FullName, "second");
            BacktestReportWriter.Write(SampleRuns.Run(Create(sample)), first);
            BacktestReportWriter.Write(SampleRuns.Run(Create(sample)), second);
            Assert.Equal(BacktestReportWriter.FileNames.Order(StringComparer.Ordinal),
                Directory.GetFiles(first).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            foreach (string file in BacktestReportWriter.FileNames)
            {
                byte[] a = File.ReadAllBytes(Path.Combine(first, file)), b = File.ReadAllBytes(Path.Combine(second, file));
                Assert.True(a.Length > 0, $"{file} is empty");
                Assert.True(a.AsSpan().SequenceEqual(b), $"{sample}: {file} differs between two identical runs");
            }
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void Symbol_order_does_not_change_the_fills_of_a_strategy_whose_symbols_do_not_interact()
    {
        // 100 shares per signal, far below the 10 million cash available: no decision depends on another symbol, so the
        // fills of each symbol are the same whichever order the symbols are given in (ids differ, fills do not).
        // Strategies that size from shared cash (SetHoldings) may legitimately differ: within a time step, the
        // symbol seen first gets the cash first.
        var parameters = new Dictionary<string, string> { ["quantity"] = "100" };
        var account = new AccountSettings(10_000_000m);
        var forward = BacktestHarness.Run(new SmaCross(), SampleRuns.DefaultData, account, parameters: parameters);
        var reversed = BacktestHarness.Run(new SmaCross(), SampleRuns.DefaultData.Reverse().ToArray(), account, parameters: parameters);
        Assert.DoesNotContain(forward.Orders, o => o.Status == OmniAlpha.Sdk.Orders.OrderStatus.Rejected);
        Assert.True(forward.Fills.Count > 100);
        foreach (var symbol in forward.Symbols)
        {
            var a = forward.Fills.Where(f => f.Symbol == symbol).Select(f => (f.Time, f.Side, f.Quantity, f.Price, f.Commission));
            var b = reversed.Fills.Where(f => f.Symbol == symbol).Select(f => (f.Time, f.Side, f.Quantity, f.Price, f.Commission));
            Assert.Equal(a, b);
        }
        Assert.Equal(forward.Statistics.FinalEquity, reversed.Statistics.FinalEquity);
        Assert.Equal(forward.EquityCurve.Select(p => p.Equity), reversed.EquityCurve.Select(p => p.Equity));
    }
}
