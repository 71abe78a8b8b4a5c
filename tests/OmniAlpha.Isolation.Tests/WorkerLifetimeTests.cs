using System.Diagnostics;
using OmniAlpha.Isolation.Tests.Support;

namespace OmniAlpha.Isolation.Tests;

/// <summary>A worker never outlives its purpose: disposing the strategy ends it, and it exits by itself when its host dies.</summary>
public sealed class WorkerLifetimeTests
{
    [Fact]
    public void Disposing_the_strategy_ends_its_worker()
    {
        var strategy = IsolatedStrategyFactory.Create("SmaCross.cs", Backtests.SampleScript("SmaCross.cs"));
        int id = strategy.WorkerProcessId!.Value;

        strategy.Dispose();

        Assert.Null(strategy.WorkerProcessId);
        Assert.True(HasEnded(id, TimeSpan.FromSeconds(5)));
    }

    [SkippableFact]
    public void A_worker_exits_when_its_host_process_ends_even_with_its_input_open()
    {
        Skip.IfNot(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "uses sleep as a stand-in host");
        using var fakeHost = Process.Start(new ProcessStartInfo("sleep", "1") { UseShellExecute = false })!;
        var start = WorkerLocator.StartInfo(null);
        start.ArgumentList.Add("--host-pid");
        start.ArgumentList.Add(fakeHost.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.RedirectStandardInput = start.RedirectStandardOutput = start.RedirectStandardError = true;
        using var worker = Process.Start(start)!;

        bool exited = worker.WaitForExit(TimeSpan.FromSeconds(20));

        if (!exited) worker.Kill();
        Assert.True(exited, "the worker kept running after its host ended");
        Assert.Equal(4, worker.ExitCode);
    }

    private static bool HasEnded(int id, TimeSpan within)
    {
        try
        {
            using var process = Process.GetProcessById(id);
            return process.WaitForExit(within);
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
