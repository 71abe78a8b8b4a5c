using OmniAlpha.Persistence.Audit;
using OmniAlpha.Server.Ports;
using ServerEntry = OmniAlpha.Server.Ports.AuditEntry;
using StoreEntry = OmniAlpha.Persistence.Audit.AuditEntry;
using StoreRole = OmniAlpha.Persistence.Keys.ApiRole;

namespace OmniAlpha.Host.Serving.Store;

/// <summary>The API's audit port over the store's append-only <see cref="AuditLog"/>.</summary>
internal sealed class StoreAuditLog(AuditLog log) : IAuditLog
{
    public void Append(ServerEntry entry)
    {
        StoreRole? role = Enum.TryParse<StoreRole>(entry.Role, ignoreCase: true, out var parsed) ? parsed : null;
        var outcome = entry.Outcome switch
        {
            "succeeded" => AuditOutcome.Succeeded,
            "refused" => AuditOutcome.Denied,
            _ => AuditOutcome.Failed,
        };
        log.Append(new StoreEntry(entry.TimeUtc, entry.Actor, role, entry.Action, entry.Target, outcome, entry.RemoteAddress,
            RequestId: null, Details: $"HTTP {entry.Status}"));
    }

    public IReadOnlyList<ServerEntry> Recent(int limit) =>
        log.Page(0, Math.Clamp(limit, 1, Persistence.Journal.JournalPageRequest.MaxLimit)).Items.Select(ToServer).ToList();

    private static ServerEntry ToServer(StoreEntry entry)
    {
        int status = entry.Details is { } details && details.StartsWith("HTTP ", StringComparison.Ordinal)
            && int.TryParse(details.AsSpan(5), System.Globalization.CultureInfo.InvariantCulture, out int code) ? code : 0;
        string outcome = entry.Outcome switch
        {
            AuditOutcome.Succeeded => "succeeded",
            AuditOutcome.Denied => "refused",
            _ => "failed",
        };
        return new ServerEntry(entry.TimeUtc, entry.Actor, entry.Role?.ToString().ToLowerInvariant(), entry.Action, entry.Target, status,
            outcome, entry.RemoteAddress);
    }
}
