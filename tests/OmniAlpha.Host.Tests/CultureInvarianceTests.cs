using OmniAlpha.Host.Tests.Support;

namespace OmniAlpha.Host.Tests;

/// <summary>The same command line gives the same backtest on a machine with a German locale (',' as decimal separator).</summary>
public sealed class CultureInvarianceTests : IDisposable
{
    private static readonly Dictionary<string, string> German = new() { ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8" };

    private readonly TempFolder _folder = new();

    [Fact]
    public void Reports_under_a_german_locale_are_byte_identical_to_the_invariant_ones()
    {
        Run(null, "invariant").ShouldExitWith(0);
        Run(German, "german").ShouldExitWith(0);

        foreach (var name in new[] { "summary.json", "trades.csv", "equity.csv" })
            Assert.Equal(File.ReadAllText(_folder.File("invariant/" + name)), File.ReadAllText(_folder.File("german/" + name)));
    }

    [Fact]
    public void Cash_with_a_decimal_point_means_the_same_under_a_german_locale()
    {
        Run(German, "out", "--cash", "1000.5").ShouldExitWith(0);

        Assert.Equal(1000.5m, SummaryJson.Read(_folder.File("out")).Money("starting_cash"));
    }

    [Fact]
    public void Cash_with_a_decimal_comma_is_rejected_rather_than_read_as_a_thousands_separator()
    {
        var run = Run(null, "out", "--cash", "1000,5").ShouldExitWith(1);

        Assert.Contains("--cash: '1000,5' is not a number", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder.File("out")));
    }

    public void Dispose() => _folder.Dispose();

    private CliRun Run(Dictionary<string, string>? environment, string output, params string[] options) =>
        OmniAlphaProcess.RunIn(null, environment, ["backtest", "SmaCross", "--out", _folder.File(output), .. options]);
}
