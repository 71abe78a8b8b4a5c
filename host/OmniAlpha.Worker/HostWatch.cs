using System.Diagnostics;

namespace OmniAlpha.Worker;

/// <summary>
/// Ends the worker when its host process is gone. A worker waiting for input sees end-of-stream by itself, but one stuck
/// in a runaway callback (a trusted script has no budgets) would otherwise outlive its host as an orphan.
/// </summary>
internal static class HostWatch
{
    /// <summary>Exit code when the host vanished.</summary>
    public const int HostGone = 4;

    /// <summary>Starts a background thread that checks once a second that the host process <paramref name="hostProcessId"/> still runs.</summary>
    public static void Start(int hostProcessId)
    {
        var thread = new Thread(() =>
        {
            while (IsRunning(hostProcessId)) Thread.Sleep(1000);
            Console.Error.WriteLine($"omnialpha-worker: host process {hostProcessId} ended; exiting");
            Environment.Exit(HostGone);
        })
        { IsBackground = true, Name = "host watch" };
        thread.Start();
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
