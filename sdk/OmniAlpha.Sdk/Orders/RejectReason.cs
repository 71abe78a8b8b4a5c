namespace OmniAlpha.Sdk.Orders;

/// <summary>Machine-readable code of an order rejection; the event also carries a human-readable text.</summary>
public enum RejectReason
{
    /// <summary>Quantity is zero, negative or not a multiple of the lot size.</summary>
    InvalidQuantity,
    /// <summary>A required price is missing, non-positive or not a multiple of the tick size.</summary>
    InvalidPrice,
    /// <summary>The symbol is not part of the run.</summary>
    UnknownSymbol,
    /// <summary>The account cannot afford the order.</summary>
    InsufficientBuyingPower,
    /// <summary>The order would open or increase a short in an account that may not short.</summary>
    ShortSellingNotAllowed,
    /// <summary>Orders are not accepted during the warm-up period.</summary>
    WarmingUp,
    /// <summary>A client order id was reused for a different order.</summary>
    DuplicateClientOrderId,
    /// <summary>The order combination is not supported (e.g. FOK on a market-on-close order).</summary>
    Unsupported,
    /// <summary>Trading is halted for this strategy or the whole host.</summary>
    TradingHalted,
    /// <summary>The brokerage refused the order.</summary>
    Brokerage,
    /// <summary>A pre-trade risk check (a risk plugin) refused the order; the text names the check and its reason.</summary>
    RiskLimit,
    /// <summary>Trading is REDUCING (reduce-only) and the order would not reduce the current position.</summary>
    ReduceOnly,
}
