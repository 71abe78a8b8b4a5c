namespace OmniAlpha.Sdk.Plugins;

/// <summary>A plugin's configuration is invalid. The message names each offending key, one problem per line.</summary>
public sealed class PluginConfigurationException : Exception
{
    /// <summary>Creates the exception for <paramref name="problems"/> (each <c>full:key: what is wrong</c>).</summary>
    public PluginConfigurationException(IReadOnlyList<string> problems, Exception? inner = null)
        : base(string.Join(Environment.NewLine, problems ?? []), inner)
    {
        Problems = problems ?? [];
    }

    /// <summary>The problems, each as <c>Plugins:&lt;id&gt;:Key: what is wrong</c>.</summary>
    public IReadOnlyList<string> Problems { get; }
}
