using System.Diagnostics;

namespace OmniAlpha.Benchmarks.Live;

/// <summary>Samples working set, managed heap and engine lag every second while the run lasts.</summary>
public sealed class ProcessSampler(Func<DateTime?> dataTime, Func<double> lagSeconds)
{
    private const double Mb = 1024.0 * 1024.0;
    private readonly List<MemorySample> _samples = [];

    /// <summary>The samples so far, oldest first.</summary>
    public IReadOnlyList<MemorySample> Samples => _samples;

    /// <summary>Samples until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        long start = Stopwatch.GetTimestamp();
        using var process = Process.GetCurrentProcess();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            do
            {
                process.Refresh();
                _samples.Add(new MemorySample(Stopwatch.GetElapsedTime(start).TotalSeconds, process.WorkingSet64 / Mb,
                    GC.GetTotalMemory(forceFullCollection: false) / Mb, dataTime(), lagSeconds()));
            }
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// Least-squares slope in MB per minute of <paramref name="value"/> over the second half of the samples (the first
    /// half holds start-up: JIT, buffers growing, the tiered compiler); NaN with fewer than 4 samples in that half.
    /// </summary>
    public static double SecondHalfSlopePerMinute(IReadOnlyList<MemorySample> samples, Func<MemorySample, double> value)
    {
        var half = samples.Skip(samples.Count / 2).ToArray();
        if (half.Length < 4) return double.NaN;
        double meanX = half.Average(s => s.Seconds), meanY = half.Average(value);
        double sxy = 0, sxx = 0;
        foreach (var s in half)
        {
            sxy += (s.Seconds - meanX) * (value(s) - meanY);
            sxx += (s.Seconds - meanX) * (s.Seconds - meanX);
        }
        return sxx == 0 ? double.NaN : sxy / sxx * 60;
    }
}
