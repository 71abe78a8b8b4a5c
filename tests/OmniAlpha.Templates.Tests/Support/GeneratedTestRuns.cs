using System.Text.RegularExpressions;

namespace OmniAlpha.Templates.Tests.Support;

/// <summary>Reads the per-assembly result lines of a <c>dotnet test</c> run (<c>Passed!  - Failed: 0, Passed: 6, ... - X.Tests.dll</c>).</summary>
public static partial class GeneratedTestRuns
{
    /// <summary>The counts of <paramref name="assembly"/> in <paramref name="run"/>; fails with the run's output when it has no result line.</summary>
    public static (int Failed, int Passed, int Skipped) Of(CommandResult run, string assembly)
    {
        foreach (Match match in ResultLine().Matches(run.Stdout))
        {
            if (match.Groups["assembly"].Value == assembly)
                return (int.Parse(match.Groups["failed"].Value), int.Parse(match.Groups["passed"].Value), int.Parse(match.Groups["skipped"].Value));
        }
        Assert.Fail($"`{run.CommandLine}` printed no result for {assembly} (exit {run.ExitCode})\n--- stdout ---\n{run.Stdout}\n--- stderr ---\n{run.Stderr}");
        return default;
    }

    [GeneratedRegex(@"Failed:\s+(?<failed>\d+), Passed:\s+(?<passed>\d+), Skipped:\s+(?<skipped>\d+), Total:\s+\d+, Duration: [^-]+ - (?<assembly>\S+\.dll)")]
    private static partial Regex ResultLine();
}
