using OmniAlpha.Host.Serving.Logging;
using OmniAlpha.Persistence.Secrets;
using OmniAlpha.Server.Ports;

namespace OmniAlpha.Host.Serving.Store;

/// <summary>
/// The API's write-only secret port over the <see cref="EncryptedSecretStore"/>. Every value stored, and every value
/// already in the store at start, is registered with the log redactor first, so it can never reach a log sink.
/// </summary>
internal sealed class StoreSecrets(EncryptedSecretStore secrets, SecretRedactor redactor) : ISecretStoreAdmin
{
    public void Set(string name, string value)
    {
        redactor.Add(value);
        secrets.SetSecretAsync(name, value, CancellationToken.None).GetAwaiter().GetResult();
    }

    public IReadOnlyList<string> Names() => secrets.Names();

    public bool Delete(string name) => secrets.Remove(name);

    /// <summary>Registers the value of every stored secret with the redactor (on start).</summary>
    public void RegisterStoredValues()
    {
        foreach (string name in secrets.Names())
            redactor.Add(secrets.GetSecretAsync(name, CancellationToken.None).GetAwaiter().GetResult());
    }
}
