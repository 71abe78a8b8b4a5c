using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Sdk.Data;

/// <summary>The consumer's side of an <see cref="ILiveDataFeed"/>. Times are UTC; a bar is reported once it has ended.</summary>
public interface ILiveDataListener
{
    /// <summary>A bar of a subscribed symbol has ended.</summary>
    void OnBar(in Bar bar);

    /// <summary>The best bid or offer changed.</summary>
    void OnQuote(in QuoteTick quote);

    /// <summary>A trade printed.</summary>
    void OnTrade(in TradeTick trade);

    /// <summary>The connection state changed (<paramref name="connected"/> false after a drop, true after recovery).</summary>
    void OnConnectionChanged(bool connected, string reason);
}
