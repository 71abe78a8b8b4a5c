namespace OmniAlpha.PluginHost.Manifest;

/// <summary>A plugin's manifest is missing, malformed or contradicts itself; the message names the file and the field.</summary>
public sealed class PluginManifestException(string message, Exception? inner = null) : Exception(message, inner);
