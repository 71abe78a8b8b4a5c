namespace OmniAlpha.Server.Ports;

/// <summary>The holder of a verified API key.</summary>
/// <param name="KeyId">The key's id (stable, shown in key lists and used to revoke it).</param>
/// <param name="Name">The key's name: the actor recorded in the audit log and the journal.</param>
/// <param name="Role">What the key may do.</param>
public sealed record ApiKeyIdentity(string KeyId, string Name, ApiRole Role);
