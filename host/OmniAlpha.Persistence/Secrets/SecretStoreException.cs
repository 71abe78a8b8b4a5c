namespace OmniAlpha.Persistence.Secrets;

/// <summary>A secret or the secrets key could not be read; the message names the secret or file, never a secret value.</summary>
public sealed class SecretStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SecretStoreException(string message, Exception? inner = null) : base(message, inner) { }
}
