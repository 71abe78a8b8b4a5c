namespace OmniAlpha.Host.Serving;

/// <summary>The service's configuration is invalid in a way only visible once it is used (e.g. a symbol the data lacks); the message names the key. Exit code 2.</summary>
internal sealed class ServeConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
