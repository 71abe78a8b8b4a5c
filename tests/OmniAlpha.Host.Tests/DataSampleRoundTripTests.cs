using OmniAlpha.Host.Tests.Support;

namespace OmniAlpha.Host.Tests;

/// <summary><c>data sample --out DIR</c> writes the built-in data as CSV that <c>backtest --data DIR</c> reads back losslessly.</summary>
[Collection(SampleRunCollection.Name)]
public sealed class DataSampleRoundTripTests(SampleRun builtInData)
{
    [Fact]
    public void Sample_csv_files_backtest_to_the_same_results_as_the_built_in_sample_data()
    {
        using var folder = new TempFolder();
        string data = folder.File("data");
        string output = folder.File("out");

        var written = OmniAlphaProcess.Run("data", "sample", "--out", data).ShouldExitWith(0);
        Assert.Contains("wrote 8 files", written.Stdout, StringComparison.Ordinal);
        Assert.Equal(["ALFA.csv", "BRVO.csv", "CHRL.csv", "DLTA.csv", "ECHO.csv", "FXTR.csv", "GOLF.csv", "HTEL.csv"],
            Directory.GetFiles(data).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("Date,Open,High,Low,Close,Adj Close,Volume", File.ReadLines(Path.Combine(data, "ALFA.csv")).First());

        OmniAlphaProcess.Run("backtest", "strategies/SmaCross.cs", "--data", data, "--out", output).ShouldExitWith(0);

        foreach (var name in new[] { "summary.json", "trades.csv", "fills.csv", "equity.csv" })
            Assert.Equal(File.ReadAllText(builtInData.Report(name)), File.ReadAllText(Path.Combine(output, name)));
    }
}
