using System.Diagnostics;
using Microsoft.Extensions.Logging;
using OmniAlpha.Isolation.Protocol;

namespace OmniAlpha.Isolation;

/// <summary>
/// One <c>omnialpha-worker</c> process and its pipes: frames go over its stdin and stdout, its stderr is logged.
/// A watchdog kills the process when an exchange (<see cref="BeginDeadline"/>) runs past its deadline: the blocked
/// read then ends and the caller sees <see cref="WasKilledForHang"/>.
/// </summary>
/// <remarks>
/// Why stdin/stdout rather than a Unix domain socket: the pipes exist only between this host and its child (nothing
/// else can connect, no socket file to secure or clean up), work the same on every OS, and close by themselves when
/// either side dies, so a crash is always seen as end-of-stream. The worker moves <c>Console.Out</c> to stderr before
/// it loads the script, so stray console output can never corrupt a frame.
/// </remarks>
internal sealed class WorkerProcess : IDisposable
{
    private const int StderrTailLines = 20;
    private readonly Process _process;
    private readonly Timer _watchdog;
    private readonly Queue<string> _stderrTail = new();
    private readonly Func<ILogger> _logger;
    private long _deadline; // Stopwatch timestamp; 0 when no exchange is running
    private volatile bool _killedForHang;
    private bool _disposed;

    private WorkerProcess(Process process, Func<ILogger> logger)
    {
        _process = process;
        _logger = logger;
        Reader = new FrameReader(new BufferedStream(process.StandardOutput.BaseStream, 64 * 1024));
        Writer = new FrameWriter(process.StandardInput.BaseStream);
        _process.ErrorDataReceived += OnStderr;
        _process.BeginErrorReadLine();
        _watchdog = new Timer(_ => CheckDeadline(), null, TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(50));
    }

    /// <summary>Frames from the worker.</summary>
    public FrameReader Reader { get; }

    /// <summary>Frames to the worker.</summary>
    public FrameWriter Writer { get; }

    /// <summary>Operating-system process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>True once the watchdog killed the process for missing a deadline.</summary>
    public bool WasKilledForHang => _killedForHang;

    /// <summary>True when the process has exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Starts a worker.</summary>
    /// <exception cref="IsolatedWorkerException">The worker executable is missing or cannot be started.</exception>
    public static WorkerProcess Start(string? workerPath, Func<ILogger> logger)
    {
        var start = WorkerLocator.StartInfo(workerPath);
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        // The worker exits when this process is gone, even in the middle of a runaway callback.
        start.ArgumentList.Add("--host-pid");
        start.ArgumentList.Add(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            var process = Process.Start(start) ?? throw new IsolatedWorkerException($"could not start {start.FileName}");
            return new WorkerProcess(process, logger);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new IsolatedWorkerException($"could not start the strategy worker ({start.FileName} {string.Join(' ', start.ArgumentList)}): {e.Message}", e);
        }
    }

    /// <summary>Arms the watchdog: the exchange that follows must end (<see cref="EndDeadline"/>) within <paramref name="timeout"/>.</summary>
    public void BeginDeadline(TimeSpan timeout) =>
        Volatile.Write(ref _deadline, Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency));

    /// <summary>Disarms the watchdog.</summary>
    public void EndDeadline() => Volatile.Write(ref _deadline, 0);

    /// <summary>The last lines the worker wrote to stderr (for failure reports).</summary>
    public string StderrTail()
    {
        lock (_stderrTail) return string.Join(" | ", _stderrTail);
    }

    /// <summary>Exit code, once the process has exited (waits briefly for it); null while it runs.</summary>
    public int? ExitCode()
    {
        if (!_process.WaitForExit(TimeSpan.FromSeconds(2))) return null;
        return _process.ExitCode;
    }

    /// <summary>Kills the process (and any children) now.</summary>
    public void Kill()
    {
        try { _process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { } // already exited
        catch (System.ComponentModel.Win32Exception) { }
    }

    /// <summary>Closes the worker's input (it exits cleanly at end of input), waits briefly, kills it if it lingers.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _watchdog.Dispose();
        try { _process.StandardInput.Close(); }
        catch (IOException) { } // the worker is gone already
        if (!_process.WaitForExit(TimeSpan.FromSeconds(5))) Kill();
        _process.WaitForExit();
        _process.Dispose();
    }

    private void CheckDeadline()
    {
        long deadline = Volatile.Read(ref _deadline);
        if (deadline == 0 || Stopwatch.GetTimestamp() < deadline || _killedForHang) return;
        _killedForHang = true;
        Kill();
    }

    private void OnStderr(object sender, DataReceivedEventArgs e)
    {
        if (e.Data is null) return;
        lock (_stderrTail)
        {
            _stderrTail.Enqueue(e.Data);
            if (_stderrTail.Count > StderrTailLines) _stderrTail.Dequeue();
        }
        _logger().LogWarning("strategy worker {ProcessId}: {Line}", _process.Id, e.Data);
    }
}
