namespace OmniAlpha.Sdk.Instruments;

/// <summary>The kind of market an instrument trades in.</summary>
public enum AssetClass
{
    /// <summary>Shares and ETFs.</summary>
    Equity,
    /// <summary>Spot foreign exchange.</summary>
    Forex,
    /// <summary>Crypto-currency pairs.</summary>
    Crypto,
    /// <summary>Futures contracts.</summary>
    Future,
    /// <summary>Options contracts.</summary>
    Option,
    /// <summary>Indices (not directly tradable in most venues).</summary>
    Index,
}
