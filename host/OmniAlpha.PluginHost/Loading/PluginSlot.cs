namespace OmniAlpha.PluginHost.Loading;

/// <summary>The registry's record of one plugin id: its status and the version currently serving calls, if any.</summary>
internal sealed record PluginSlot(PluginStatus Status, LoadedPlugin? Active);
