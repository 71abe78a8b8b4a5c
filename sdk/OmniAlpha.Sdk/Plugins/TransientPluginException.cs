namespace OmniAlpha.Sdk.Plugins;

/// <summary>
/// Thrown by a broker or data plugin for a failure that may pass if the call is repeated (a dropped connection, a
/// timeout, a rate limit). The host retries such calls with backoff and stops calling a plugin that keeps failing
/// (circuit breaker); every other exception is reported at once.
/// </summary>
public sealed class TransientPluginException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TransientPluginException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}
