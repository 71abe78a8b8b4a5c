using System.Diagnostics;
using OmniAlpha.Tests.Shared;

namespace OmniAlpha.Host.Tests.Support;

/// <summary>
/// Runs the built <c>omnialpha</c> executable (omnialpha.dll beside the tests) as a child process, the way a user
/// does. A process, not an in-process call, because the commands write to the real stdout (Console.OpenStandardOutput
/// for --json, Spectre's static AnsiConsole for tables) and set a process-wide logger: only a process captures all
/// of it faithfully, and it lets the tests run in parallel.
/// </summary>
internal static class OmniAlphaProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>Path of the executable's entry assembly in the test output folder.</summary>
    public static string EntryAssembly { get; } = Path.Combine(AppContext.BaseDirectory, "omnialpha.dll");

    /// <summary>Runs <c>omnialpha ARGS</c> in <paramref name="workingDirectory"/> (default: the repository root).</summary>
    public static CliRun RunIn(string? workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(LocalProcess.DotnetHost())
        {
            WorkingDirectory = workingDirectory ?? RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(EntryAssembly);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + start.FileName);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"omnialpha {string.Join(' ', args)} did not finish within {Timeout.TotalSeconds} s");
        }
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    /// <summary>Runs <c>omnialpha ARGS</c> from the repository root (so <c>strategies/SmaCross.cs</c> resolves).</summary>
    public static CliRun Run(params string[] args) => RunIn(null, null, args);

    /// <summary>The repository root, where paths such as <c>strategies/SmaCross.cs</c> are relative to.</summary>
    public static string RepositoryRoot => OmniAlpha.Tests.Shared.SharedData.RepositoryRoot;
}
