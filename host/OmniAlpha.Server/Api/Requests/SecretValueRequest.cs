namespace OmniAlpha.Server.Api.Requests;

/// <summary>Body of <c>PUT /api/admin/secrets/{name}</c>.</summary>
/// <param name="Value">The secret's value (stored encrypted, never returned).</param>
public sealed record SecretValueRequest(string? Value);
