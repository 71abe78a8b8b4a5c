using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Sdk.Market;

/// <summary>A single trade print, stamped in UTC.</summary>
/// <param name="Symbol">Instrument.</param>
/// <param name="Time">Time of the trade, UTC.</param>
/// <param name="Price">Trade price.</param>
/// <param name="Quantity">Trade size.</param>
public readonly record struct TradeTick(Symbol Symbol, DateTime Time, decimal Price, decimal Quantity);
