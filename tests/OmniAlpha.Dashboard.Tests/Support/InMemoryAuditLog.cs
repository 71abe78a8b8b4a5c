using OmniAlpha.Server.Ports;

namespace OmniAlpha.Dashboard.Tests.Support;

/// <summary>Test double of <see cref="IAuditLog"/>.</summary>
internal sealed class InMemoryAuditLog : IAuditLog
{
    private readonly List<AuditEntry> _entries = [];

    public IReadOnlyList<AuditEntry> Entries
    {
        get { lock (_entries) return _entries.ToList(); }
    }

    public void Append(AuditEntry entry)
    {
        lock (_entries)
            _entries.Add(entry);
    }

    public IReadOnlyList<AuditEntry> Recent(int limit)
    {
        lock (_entries)
            return Enumerable.Reverse(_entries).Take(limit).ToList();
    }
}
