using System.Runtime;
using System.Runtime.InteropServices;

namespace OmniAlpha.Benchmarks.Live;

/// <summary>Where a run happened: the numbers mean little without it.</summary>
/// <param name="ProcessorCount">Logical processors visible to the process.</param>
/// <param name="LoadAverageAtStart">/proc/loadavg (1, 5, 15 min) before the run, when readable.</param>
/// <param name="LoadAverageAtEnd">The same after the run.</param>
/// <param name="Os">Operating system.</param>
/// <param name="Runtime">.NET runtime.</param>
/// <param name="GcMode">Server or workstation GC, concurrent or not.</param>
/// <param name="StartedUtc">When the run started.</param>
public sealed record RunEnvironment(int ProcessorCount, string? LoadAverageAtStart, string? LoadAverageAtEnd, string Os, string Runtime,
    string GcMode, DateTime StartedUtc)
{
    /// <summary>The current environment (load average at start only).</summary>
    public static RunEnvironment Capture() => new(Environment.ProcessorCount, LoadAverage(), null, RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription, $"{(GCSettings.IsServerGC ? "server" : "workstation")}, {GCSettings.LatencyMode}",
        DateTime.UtcNow);

    /// <summary>The first three fields of /proc/loadavg, or null where there is none.</summary>
    public static string? LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
