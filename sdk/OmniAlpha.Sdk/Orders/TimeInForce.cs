namespace OmniAlpha.Sdk.Orders;

/// <summary>How long an order stays working.</summary>
public enum TimeInForce
{
    /// <summary>Good until canceled.</summary>
    Gtc,
    /// <summary>Expires at the end of the trading session in which it first becomes eligible to fill.</summary>
    Day,
    /// <summary>Immediate or cancel: fill what can be filled on the first eligible bar, cancel the rest.</summary>
    Ioc,
    /// <summary>Fill or kill: fill the whole quantity on the first eligible bar or cancel it all.</summary>
    Fok,
}
