using OmniAlpha.Host.Tests.Support;

namespace OmniAlpha.Host.Tests;

/// <summary>The same backtest, run again by a new process into another folder, writes the same bytes.</summary>
[Collection(SampleRunCollection.Name)]
public sealed class DeterminismTests(SampleRun first)
{
    [Fact]
    public void Two_runs_to_two_folders_write_byte_identical_reports()
    {
        using var folder = new TempFolder();
        OmniAlphaProcess.Run("backtest", "strategies/SmaCross.cs", "--out", folder.Path).ShouldExitWith(0);

        foreach (var name in new[] { "trades.csv", "orders.csv", "fills.csv", "equity.csv", "summary.json" })
            Assert.True(File.ReadAllBytes(first.Report(name)).AsSpan().SequenceEqual(File.ReadAllBytes(folder.File(name))), $"{name} differs between runs");
    }
}
