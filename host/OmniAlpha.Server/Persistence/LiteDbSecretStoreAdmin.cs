using OmniAlpha.Persistence.Secrets;
using OmniAlpha.Server.Ports;

namespace OmniAlpha.Server.Persistence;

/// <summary>
/// Plugs the persistence layer's <see cref="EncryptedSecretStore"/> (AES-GCM in LiteDB) into the API's write-only secret
/// port. <paramref name="written"/> sees each new value, so the host can add it to its log redaction.
/// </summary>
public sealed class LiteDbSecretStoreAdmin(EncryptedSecretStore store, Action<string>? written = null) : ISecretStoreAdmin
{
    /// <inheritdoc />
    public void Set(string name, string value)
    {
        // Register with the redaction first: a log line about the write must never carry the value.
        written?.Invoke(value);
        // The store's async API completes synchronously (LiteDB is synchronous).
        store.SetSecretAsync(name, value, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Names() => store.Names().Order(StringComparer.Ordinal).ToList();

    /// <inheritdoc />
    public bool Delete(string name) => store.Remove(name);
}
