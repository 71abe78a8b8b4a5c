namespace OmniAlpha.Sdk.Orders;

/// <summary>How an order is priced and triggered.</summary>
public enum OrderType
{
    /// <summary>Fill at the next available price (next bar's open in a backtest).</summary>
    Market,
    /// <summary>Fill at the limit price or better.</summary>
    Limit,
    /// <summary>Becomes a market order once the stop price trades.</summary>
    Stop,
    /// <summary>Becomes a limit order once the stop price trades.</summary>
    StopLimit,
    /// <summary>A stop whose level follows the best price since placement by a fixed amount or percentage.</summary>
    TrailingStop,
    /// <summary>Fills at the opening price of the next session.</summary>
    MarketOnOpen,
    /// <summary>Fills at the closing price of the session.</summary>
    MarketOnClose,
}
