using System.Collections.Concurrent;
using OmniAlpha.Server.Ports;

namespace OmniAlpha.Benchmarks.Live;

/// <summary>
/// Audit port kept in memory: the benchmark only sends GETs, which are not audited, so nothing should arrive here
/// (<see cref="Count"/> shows it).
/// </summary>
public sealed class MemoryAuditLog : IAuditLog
{
    private readonly ConcurrentQueue<AuditEntry> _entries = new();

    /// <summary>Entries appended.</summary>
    public int Count => _entries.Count;

    /// <inheritdoc />
    public void Append(AuditEntry entry) => _entries.Enqueue(entry);

    /// <inheritdoc />
    public IReadOnlyList<AuditEntry> Recent(int limit) => _entries.Reverse().Take(limit).ToList();
}
