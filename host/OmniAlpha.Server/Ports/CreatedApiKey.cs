namespace OmniAlpha.Server.Ports;

/// <summary>A newly created API key: the only moment its plain text exists outside the holder's hands.</summary>
/// <param name="Info">The stored description of the key.</param>
/// <param name="Key">The plain-text key (the store keeps only a hash of it).</param>
public sealed record CreatedApiKey(ApiKeyInfo Info, string Key);
