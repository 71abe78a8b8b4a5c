using System.Globalization;
using OmniAlpha.Server.Ports;
using Stored = OmniAlpha.Persistence.Audit;

namespace OmniAlpha.Server.Persistence;

/// <summary>
/// Plugs the persistence layer's <see cref="Stored.AuditLog"/> (LiteDB) into the API's audit port. The stored entry has
/// no status field: the HTTP status travels in its details as "status=NNN".
/// </summary>
public sealed class LiteDbAuditLog(Stored.AuditLog log) : IAuditLog
{
    private const string StatusPrefix = "status=";

    /// <inheritdoc />
    public void Append(AuditEntry entry) =>
        log.Append(new Stored.AuditEntry(entry.TimeUtc, entry.Actor,
            entry.Role is null ? null : LiteDbApiKeyStore.ToStored(Enum.Parse<ApiRole>(entry.Role, ignoreCase: true)),
            entry.Action, entry.Target, ToStored(entry.Outcome), entry.RemoteAddress, entry.RequestId,
            Details: StatusPrefix + entry.Status.ToString(CultureInfo.InvariantCulture)));

    /// <inheritdoc />
    public IReadOnlyList<AuditEntry> Recent(int limit) =>
        log.Page(0, limit).Items.Select(e => new AuditEntry(e.TimeUtc, e.Actor,
            e.Role is { } role ? LiteDbApiKeyStore.ToRole(role).ToString().ToLowerInvariant() : null,
            e.Action, e.Target, Status(e.Details), FromStored(e.Outcome), e.RemoteAddress, e.RequestId)).ToList();

    private static Stored.AuditOutcome ToStored(string outcome) => outcome switch
    {
        "succeeded" => Stored.AuditOutcome.Succeeded,
        "refused" => Stored.AuditOutcome.Denied,
        _ => Stored.AuditOutcome.Failed,
    };

    private static string FromStored(Stored.AuditOutcome outcome) => outcome switch
    {
        Stored.AuditOutcome.Succeeded => "succeeded",
        Stored.AuditOutcome.Denied => "refused",
        _ => "failed",
    };

    private static int Status(string? details) =>
        details is not null && details.StartsWith(StatusPrefix, StringComparison.Ordinal)
        && int.TryParse(details.AsSpan(StatusPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int status)
            ? status
            : 0;
}
