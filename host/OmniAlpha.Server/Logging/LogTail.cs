using Microsoft.Extensions.Logging;

namespace OmniAlpha.Server.Logging;

/// <summary>
/// A logger provider that keeps the last <see cref="Capacity"/> log lines in memory for <c>GET /api/logs</c>. Every
/// line passes through the same redaction as the log files (the <c>redact</c> hook given by the host) before it is
/// stored, so secrets never reach the ring. Thread-safe.
/// </summary>
public sealed class LogTail : ILoggerProvider
{
    private readonly Func<string, string> _redact;
    private readonly LogLevel _minimumLevel;
    private readonly LogTailEntry?[] _ring;
    private readonly Lock _gate = new();
    private long _written;

    /// <summary>Creates a tail of <paramref name="capacity"/> lines.</summary>
    /// <param name="redact">The log files' secret redaction, applied to every message and exception text.</param>
    /// <param name="capacity">Lines kept (older ones are dropped).</param>
    /// <param name="minimumLevel">Lines below this level are not kept.</param>
    public LogTail(Func<string, string> redact, int capacity = 2000, LogLevel minimumLevel = LogLevel.Information)
    {
        ArgumentNullException.ThrowIfNull(redact);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _redact = redact;
        _minimumLevel = minimumLevel;
        _ring = new LogTailEntry?[capacity];
    }

    /// <summary>Lines kept at most.</summary>
    public int Capacity => _ring.Length;

    /// <summary>The last <paramref name="lines"/> lines, oldest first.</summary>
    public IReadOnlyList<LogTailEntry> Tail(int lines)
    {
        lock (_gate)
        {
            long count = Math.Min(Math.Min(lines, _ring.Length), _written);
            var result = new List<LogTailEntry>((int)Math.Max(count, 0));
            for (long seq = _written - count; seq < _written; seq++)
                result.Add(_ring[seq % _ring.Length]!);
            return result;
        }
    }

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new LogTailLogger(this, categoryName);

    /// <inheritdoc />
    public void Dispose() { }

    internal bool IsEnabled(LogLevel level) => level != LogLevel.None && level >= _minimumLevel;

    internal void Write(LogLevel level, string category, string message, Exception? exception)
    {
        string text = _redact(message);
        string? error = exception is null ? null : _redact($"{exception.GetType().Name}: {exception.Message}");
        DateTime now = DateTime.UtcNow;
        lock (_gate)
        {
            long sequence = ++_written;
            _ring[(sequence - 1) % _ring.Length] = new LogTailEntry(sequence, now, level, category, text, error);
        }
    }
}
