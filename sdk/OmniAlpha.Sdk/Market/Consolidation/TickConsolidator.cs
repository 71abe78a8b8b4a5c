using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Sdk.Market.Consolidation;

/// <summary>
/// Builds bars from trade ticks of one instrument (price and size of each print), session aware; see
/// <see cref="Consolidator"/>. A tick at time t belongs to the bucket [start, end) containing t, so a tick exactly at a
/// bucket's end opens the next bucket. A bucket closes at the first tick of a later bucket or when <see cref="Consolidator.Scan"/>
/// reaches its end.
/// </summary>
public sealed class TickConsolidator : Consolidator
{
    /// <summary>Creates a consolidator calling <paramref name="onBar"/> with each finished bar.</summary>
    /// <param name="instrument">The instrument: its time zone and regular session define the buckets.</param>
    /// <param name="period">Length of the bars to build.</param>
    /// <param name="onBar">Called once per finished bar, in time order.</param>
    /// <param name="earlyCloses">Optional shortened sessions (half-days), local close time by local date.</param>
    /// <exception cref="ArgumentException">Unknown time zone, a session spanning midnight, an empty period, or an early close outside the session.</exception>
    public TickConsolidator(Instrument instrument, ConsolidationPeriod period, Action<Bar> onBar,
        IReadOnlyDictionary<DateOnly, TimeOnly>? earlyCloses = null)
        : base(instrument, period, onBar, earlyCloses)
    {
    }

    /// <summary>Adds the next trade; emits the bar whose bucket it closes.</summary>
    /// <exception cref="ArgumentException">The trade is of another symbol, earlier than the previous input, or has a non-positive price or negative size.</exception>
    public void Update(in TradeTick trade)
    {
        if (trade.Symbol != Instrument.Symbol)
            throw new ArgumentException($"Trade of {trade.Symbol} given to the consolidator of {Instrument.Symbol}.", nameof(trade));
        if (trade.Price <= 0m || trade.Quantity < 0m)
            throw new ArgumentException($"{trade.Symbol} trade at {trade.Time:O}: price {trade.Price} must be positive and size {trade.Quantity} not negative.", nameof(trade));
        Add(trade.Time, trade.Time, trade.Price, trade.Price, trade.Price, trade.Price, trade.Quantity);
    }
}
