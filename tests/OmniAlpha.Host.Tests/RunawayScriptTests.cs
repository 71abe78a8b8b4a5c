using System.Text.RegularExpressions;
using OmniAlpha.Host.Tests.Support;

namespace OmniAlpha.Host.Tests;

/// <summary>A runaway script is stopped by its budget, the run completes: exit 3, one line naming strategy, callback and budget.</summary>
public sealed partial class RunawayScriptTests : IDisposable
{
    private const string Spinner = """
        public sealed class Spinner : Strategy
        {
            private int _bars;

            public override void OnBar(in Bar bar)
            {
                if (++_bars == 3) while (true) { }
            }
        }
        """;

    private readonly TempFolder _folder = new();

    public RunawayScriptTests() => _folder.Write("Spinner.cs", Spinner);

    [Fact]
    public void Backtest_of_an_infinite_loop_exits_3_with_one_line_naming_the_budget()
    {
        var run = OmniAlphaProcess.RunIn(_folder.Path, null, ["backtest", "Spinner.cs", "--out", _folder.File("out")]).ShouldExitWith(3);

        var line = Assert.Single(run.StderrLines);
        Assert.Matches(OneLine(), line);
    }

    public void Dispose() => _folder.Dispose();

    [GeneratedRegex(@"^error: strategy Spinner failed in OnBar at 2015-01-02T\d\d:\d\d:\d\dZ: ScriptBudgetExceededException: CPU time budget per callback exceeded: used [\d,]+ ms, limit 100 ms; strategy stopped, open-order policy cancel: no working orders to cancel$")]
    private static partial Regex OneLine();
}
