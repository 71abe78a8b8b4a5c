namespace OmniAlpha.Sdk.Instruments;

/// <summary>
/// The static description of a tradable instrument: what it is, where it trades, and the exact increments
/// in which its price and quantity move.
/// </summary>
/// <param name="Symbol">Ticker.</param>
/// <param name="AssetClass">Kind of market.</param>
/// <param name="Exchange">Venue code (e.g. <c>NASDAQ</c>, <c>SIM</c>).</param>
/// <param name="QuoteCurrency">ISO currency the price is quoted in.</param>
/// <param name="TickSize">Smallest price increment.</param>
/// <param name="LotSize">Smallest quantity increment; order quantities must be multiples of it.</param>
/// <param name="Multiplier">Contract multiplier: value of one unit = price x multiplier.</param>
/// <param name="TimeZone">IANA time zone of the exchange (sessions, DAY orders, display).</param>
public sealed record Instrument(
    Symbol Symbol,
    AssetClass AssetClass,
    string Exchange,
    string QuoteCurrency,
    decimal TickSize,
    decimal LotSize,
    decimal Multiplier,
    string TimeZone)
{
    /// <summary>A US equity with one-cent ticks, whole-share lots and New York exchange time.</summary>
    public static Instrument UsEquity(Symbol symbol, decimal tickSize = 0.01m) =>
        new(symbol, AssetClass.Equity, "SMART", "USD", tickSize, 1m, 1m, "America/New_York");

    /// <summary>Regular session open in exchange time (used for market-on-open and DAY orders).</summary>
    public TimeOnly SessionOpen { get; init; } = new(9, 30);

    /// <summary>Regular session close in exchange time; a daily bar is stamped with this time.</summary>
    public TimeOnly SessionClose { get; init; } = new(16, 0);

    /// <summary>Number of decimal places of <see cref="TickSize"/>: the price precision.</summary>
    public int PricePrecision => Scale(TickSize);

    /// <summary>Number of decimal places of <see cref="LotSize"/>: the quantity precision.</summary>
    public int QuantityPrecision => Scale(LotSize);

    /// <summary>True when <paramref name="quantity"/> is a whole number of lots.</summary>
    public bool IsValidQuantity(decimal quantity) =>
        LotSize == 1m ? decimal.IsInteger(quantity) : quantity % LotSize == 0m; // whole shares skip the decimal division

    /// <summary>Rounds a quantity toward zero to a whole number of lots.</summary>
    public decimal RoundDownToLot(decimal quantity) => decimal.Truncate(quantity / LotSize) * LotSize;

    /// <summary>Rounds a price to the nearest tick (midpoint away from zero).</summary>
    public decimal RoundToTick(decimal price) =>
        decimal.Round(price / TickSize, 0, MidpointRounding.AwayFromZero) * TickSize;

    private static int Scale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;
}
