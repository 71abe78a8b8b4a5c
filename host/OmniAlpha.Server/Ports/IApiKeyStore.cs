namespace OmniAlpha.Server.Ports;

/// <summary>
/// The server's port to stored API keys (LiteDB in production). Keys are stored hashed; the plain text is returned
/// once, by <see cref="Create"/>. Thread-safe.
/// </summary>
public interface IApiKeyStore
{
    /// <summary>The holder of <paramref name="presentedKey"/>, or null when no (unrevoked) key matches.</summary>
    ApiKeyIdentity? Verify(string presentedKey);

    /// <summary>Creates a key named <paramref name="name"/> with <paramref name="role"/>.</summary>
    CreatedApiKey Create(string name, ApiRole role);

    /// <summary>Every active (unrevoked) key, without key text or hash, oldest first.</summary>
    IReadOnlyList<ApiKeyInfo> List();

    /// <summary>Revokes the key with <paramref name="id"/>; false when there is none.</summary>
    bool Revoke(string id);
}
