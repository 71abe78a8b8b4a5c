using System.Runtime.InteropServices;

namespace OmniAlpha.Benchmarks.Live;

/// <summary>
/// CPU time of the calling thread (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>), to tell a journal commit's own
/// work from its waiting (disk flushes, or other processes on a shared machine). NaN where unavailable.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;
    private static bool _unavailable = !OperatingSystem.IsLinux();

    /// <summary>The calling thread's CPU time in milliseconds, or NaN.</summary>
    public static double NowMillis()
    {
        if (_unavailable) return double.NaN;
        try
        {
            return ClockGetTime(ClockThreadCpuTimeId, out var time) == 0 ? time.Seconds * 1e3 + time.Nanoseconds / 1e6 : double.NaN;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
            return double.NaN;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    // DllImport (not LibraryImport): blittable signature, and the project does not allow unsafe code.
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);
}
