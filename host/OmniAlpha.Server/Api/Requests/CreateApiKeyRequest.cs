namespace OmniAlpha.Server.Api.Requests;

/// <summary>Body of <c>POST /api/admin/keys</c>.</summary>
/// <param name="Name">Who holds the key (recorded as the actor of their calls).</param>
/// <param name="Role">viewer, trader or admin.</param>
public sealed record CreateApiKeyRequest(string? Name, string? Role);
