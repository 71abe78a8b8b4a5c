namespace OmniAlpha.Benchmarks.Live;

/// <summary>The <c>live-load</c> command: parses, runs, prints the table, writes the JSON report.</summary>
public static class LiveLoadCommand
{
    /// <summary>The first argument that selects this command.</summary>
    public const string Name = "live-load";

    /// <summary>Runs with the arguments after <see cref="Name"/>; returns the process exit code (1 when a check failed).</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        LiveLoadOptions options;
        try
        {
            options = LiveLoadOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        var report = await LiveLoadRun.RunAsync(options, Console.Out, cancel.Token);
        LiveLoadReportWriter.WriteTable(report, Console.Out);
        if (options.OutputFile is { } file)
        {
            await File.WriteAllTextAsync(file, LiveLoadReportWriter.ToJson(report));
            Console.WriteLine($"  JSON report: {Path.GetFullPath(file)}");
        }
        return report.FailedChecks.Count == 0 ? 0 : 1;
    }
}
