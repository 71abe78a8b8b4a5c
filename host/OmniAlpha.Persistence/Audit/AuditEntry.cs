using OmniAlpha.Persistence.Keys;

namespace OmniAlpha.Persistence.Audit;

/// <summary>One audited action. Callers put no secrets in any field (no keys, no secret values, no passwords).</summary>
/// <param name="TimeUtc">When it happened.</param>
/// <param name="Actor">API key name, "engine", or "anonymous" for an unauthenticated request.</param>
/// <param name="Role">The actor's role, when it authenticated with a key.</param>
/// <param name="Action">What was asked, e.g. "strategy.deploy" or "apikey.create".</param>
/// <param name="Target">What it was asked of (strategy id, key name...), or null.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="RemoteAddress">Client address, or null.</param>
/// <param name="RequestId">Request correlation id, or null.</param>
/// <param name="Details">Free text (the error, the new state...), or null.</param>
public sealed record AuditEntry(
    DateTime TimeUtc,
    string Actor,
    ApiRole? Role,
    string Action,
    string? Target,
    AuditOutcome Outcome,
    string? RemoteAddress,
    string? RequestId,
    string? Details)
{
    /// <summary>Position in the log (1, 2, 3...), assigned when appended; 0 before.</summary>
    public long Id { get; init; }
}
