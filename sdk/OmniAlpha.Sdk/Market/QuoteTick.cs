using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Sdk.Market;

/// <summary>A top-of-book quote: best bid and ask with their sizes, stamped in UTC.</summary>
/// <param name="Symbol">Instrument.</param>
/// <param name="Time">Time of the quote, UTC.</param>
/// <param name="BidPrice">Best bid.</param>
/// <param name="BidSize">Size at the best bid.</param>
/// <param name="AskPrice">Best ask.</param>
/// <param name="AskSize">Size at the best ask.</param>
public readonly record struct QuoteTick(Symbol Symbol, DateTime Time, decimal BidPrice, decimal BidSize, decimal AskPrice, decimal AskSize)
{
    /// <summary>Mid price, (bid + ask) / 2.</summary>
    public decimal MidPrice => (BidPrice + AskPrice) / 2m;
}
