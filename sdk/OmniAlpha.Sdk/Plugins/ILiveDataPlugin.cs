using OmniAlpha.Sdk.Data;

namespace OmniAlpha.Sdk.Plugins;

/// <summary>A plugin of kind <see cref="PluginKinds.Data"/> that streams live market data.</summary>
public interface ILiveDataPlugin
{
    /// <summary>Creates a (not yet connected) live feed for <paramref name="request"/>.</summary>
    /// <exception cref="ArgumentException">A setting is invalid (the message names it).</exception>
    ILiveDataFeed CreateLiveFeed(DataRequest request);
}
