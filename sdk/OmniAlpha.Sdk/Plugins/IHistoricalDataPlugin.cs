using OmniAlpha.Sdk.Data;

namespace OmniAlpha.Sdk.Plugins;

/// <summary>A plugin of kind <see cref="PluginKinds.Data"/> that provides historical bars.</summary>
public interface IHistoricalDataPlugin
{
    /// <summary>Opens a source of historical bars for <paramref name="request"/>.</summary>
    /// <exception cref="ArgumentException">A setting is invalid (the message names it).</exception>
    /// <exception cref="FileNotFoundException">The location does not exist.</exception>
    IHistoricalDataSource OpenHistory(DataRequest request);
}
