namespace OmniAlpha.Sdk.Plugins;

/// <summary>What a plugin provides; a plugin may provide several kinds.</summary>
[Flags]
public enum PluginKinds
{
    /// <summary>Nothing declared.</summary>
    None = 0,

    /// <summary>Order execution and account: <see cref="IBrokerPlugin"/>.</summary>
    Broker = 1,

    /// <summary>Market data: <see cref="IHistoricalDataPlugin"/> and/or <see cref="ILiveDataPlugin"/>.</summary>
    Data = 2,

    /// <summary>Risk controls: <see cref="IPreTradeRiskCheck"/> and/or <see cref="IPostTradeRiskMonitor"/>.</summary>
    Risk = 4,

    /// <summary>Consumes order, fill and equity events and produces metrics or reports: <see cref="IAnalyticsPlugin"/>.</summary>
    Analytics = 8,

    /// <summary>Authentication and secret storage: <see cref="IAuthenticator"/> and/or <see cref="ISecretStore"/>.</summary>
    Security = 16,
}
