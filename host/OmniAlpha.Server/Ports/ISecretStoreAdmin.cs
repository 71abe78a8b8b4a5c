namespace OmniAlpha.Server.Ports;

/// <summary>
/// The server's write-only view of the encrypted secret store: values go in, only names come out. Thread-safe.
/// </summary>
public interface ISecretStoreAdmin
{
    /// <summary>Creates or replaces the secret <paramref name="name"/>.</summary>
    void Set(string name, string value);

    /// <summary>The names of every stored secret, sorted.</summary>
    IReadOnlyList<string> Names();

    /// <summary>Deletes the secret <paramref name="name"/>; false when there is none.</summary>
    bool Delete(string name);
}
