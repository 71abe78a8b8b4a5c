namespace OmniAlpha.Server.Ports;

/// <summary>One audited API call (every POST, PUT and DELETE, refused ones included).</summary>
/// <param name="TimeUtc">When the call finished.</param>
/// <param name="Actor">The API key's name, or "anonymous" when no valid key was presented.</param>
/// <param name="Role">The key's role, or null when anonymous.</param>
/// <param name="Action">What was asked, e.g. "strategy.pause" or "POST /api/unknown" for an unmapped path.</param>
/// <param name="Target">The strategy id, key id or secret name acted on, if any.</param>
/// <param name="Status">The HTTP status answered.</param>
/// <param name="Outcome">"succeeded" (2xx), "refused" (401, 403, 429) or "failed".</param>
/// <param name="RemoteAddress">The caller's IP address, if known.</param>
/// <param name="RequestId">The request's trace id: the same as in the server log and in an error's problem document.</param>
public sealed record AuditEntry(DateTime TimeUtc, string Actor, string? Role, string Action, string? Target, int Status,
    string Outcome, string? RemoteAddress, string? RequestId = null);
