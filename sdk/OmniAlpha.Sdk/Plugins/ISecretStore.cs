namespace OmniAlpha.Sdk.Plugins;

/// <summary>
/// A plugin of kind <see cref="PluginKinds.Security"/> that keeps secrets (API keys, passwords) out of configuration
/// files. Other plugins ask for a secret by name; values are never logged.
/// </summary>
public interface ISecretStore
{
    /// <summary>The secret called <paramref name="name"/>, or null when there is none.</summary>
    Task<string?> GetSecretAsync(string name, CancellationToken cancellationToken);

    /// <summary>Stores or replaces the secret called <paramref name="name"/>.</summary>
    /// <exception cref="NotSupportedException">The store is read-only.</exception>
    Task SetSecretAsync(string name, string value, CancellationToken cancellationToken);
}
