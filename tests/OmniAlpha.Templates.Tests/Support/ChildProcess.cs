using System.Diagnostics;
using OmniAlpha.Tests.Shared;

namespace OmniAlpha.Templates.Tests.Support;

/// <summary>
/// Runs <c>dotnet</c> commands (pack, new, build, test, and the built <c>omnialpha.dll</c>) the way a user runs them in
/// a terminal. The environment is cleaned of the variables the outer test run sets for MSBuild and the test platform,
/// and MSBuild node reuse is off (a build node left running would outlive the test).
/// </summary>
internal static class ChildProcess
{
    /// <summary>Runs <c>dotnet ARGS</c> in <paramref name="workingDirectory"/> and waits at most <paramref name="timeout"/>.</summary>
    public static CommandResult Dotnet(string workingDirectory, TimeSpan timeout, params string[] args) =>
        Run(LocalProcess.DotnetHost(), workingDirectory, timeout, args);

    /// <summary>Runs the <c>omnialpha</c> executable built beside the tests with <paramref name="args"/>.</summary>
    public static CommandResult OmniAlpha(string workingDirectory, params string[] args) =>
        Run(LocalProcess.DotnetHost(), workingDirectory, TimeSpan.FromSeconds(120), [OmniAlphaEntryAssembly, .. args]);

    /// <summary>Path of the <c>omnialpha</c> entry assembly in the test output folder.</summary>
    public static string OmniAlphaEntryAssembly { get; } = Path.Combine(AppContext.BaseDirectory, "omnialpha.dll");

    /// <summary>The <c>dotnet</c> muxer running this test host.</summary>
    public static string DotnetExecutable => LocalProcess.DotnetHost();

    /// <summary>Runs the program <paramref name="fileName"/> with <paramref name="args"/> and waits at most two minutes.</summary>
    public static CommandResult Launch(string workingDirectory, string fileName, params string[] args) =>
        Run(fileName, workingDirectory, TimeSpan.FromMinutes(2), args);

    /// <summary>Runs the program <paramref name="fileName"/> with <paramref name="args"/> and waits at most <paramref name="timeout"/>.</summary>
    public static CommandResult Run(string fileName, string workingDirectory, TimeSpan timeout, params IReadOnlyList<string> args)
    {
        var start = StartInfo(fileName, workingDirectory, args);
        string commandLine = Path.GetFileName(fileName) + " " + string.Join(' ', args);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + start.FileName);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"`{commandLine}` did not finish within {timeout.TotalSeconds} s");
        }
        // A server the command left running (the compiler server) may hold the pipes open: the output is complete
        // once the command itself has exited, so do not wait for the pipes to close for long.
        Task.WaitAll([stdout, stderr], TimeSpan.FromSeconds(10));
        return new CommandResult(commandLine, process.ExitCode, Completed(stdout), Completed(stderr));
    }

    private static string Completed(Task<string> output) =>
        output.IsCompletedSuccessfully ? output.Result : "(output not complete: a child process kept the pipe open)";

    private static ProcessStartInfo StartInfo(string fileName, string workingDirectory, IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (string name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase))
                start.Environment.Remove(name);
        }
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["NO_COLOR"] = "1";
        return start;
    }
}
