using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Sdk.Data;

/// <summary>
/// A stream of live market data (a vendor or broker feed). The consumer connects a listener, then subscribes symbols;
/// the feed reports bars, quotes and trades on its own thread(s) until it is disconnected. Reconnecting after a drop
/// is the feed's job; it reports the drop and the recovery through the listener.
/// </summary>
public interface ILiveDataFeed
{
    /// <summary>Display name.</summary>
    string Name { get; }

    /// <summary>Opens the connection; from now on data for subscribed symbols goes to <paramref name="listener"/>.</summary>
    Task ConnectAsync(ILiveDataListener listener, CancellationToken cancellationToken);

    /// <summary>Starts streaming <paramref name="symbol"/>.</summary>
    /// <exception cref="KeyNotFoundException">The feed does not know the symbol.</exception>
    Task SubscribeAsync(Symbol symbol, CancellationToken cancellationToken);

    /// <summary>Stops streaming <paramref name="symbol"/> (no error when it was not subscribed).</summary>
    Task UnsubscribeAsync(Symbol symbol, CancellationToken cancellationToken);

    /// <summary>Closes the connection; no callback follows once the returned task completes.</summary>
    Task DisconnectAsync(CancellationToken cancellationToken);
}
