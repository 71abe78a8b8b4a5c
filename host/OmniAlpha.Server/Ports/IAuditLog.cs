namespace OmniAlpha.Server.Ports;

/// <summary>The server's port to the append-only audit log (LiteDB in production). Thread-safe.</summary>
public interface IAuditLog
{
    /// <summary>Appends <paramref name="entry"/>; it is durable when this returns.</summary>
    void Append(AuditEntry entry);

    /// <summary>The newest <paramref name="limit"/> entries, newest first.</summary>
    IReadOnlyList<AuditEntry> Recent(int limit);
}
