using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Sdk.Market.Consolidation;

/// <summary>
/// Builds longer bars from shorter bars of one instrument (e.g. 5-minute, hourly or daily bars from minute bars), session
/// aware; see <see cref="Consolidator"/>. An input bar belongs to the bucket containing its interval's last instant (just
/// before its end time), so a minute bar ending 09:31 belongs to the bucket starting 09:30, and the bucket closes with the
/// input that ends at its end. Input bars should be no longer than the output period and divide it.
/// </summary>
public sealed class BarConsolidator : Consolidator
{
    /// <summary>Creates a consolidator calling <paramref name="onBar"/> with each finished bar.</summary>
    /// <param name="instrument">The instrument: its time zone and regular session define the buckets.</param>
    /// <param name="period">Length of the bars to build.</param>
    /// <param name="onBar">Called once per finished bar, in time order.</param>
    /// <param name="earlyCloses">Optional shortened sessions (half-days), local close time by local date.</param>
    /// <exception cref="ArgumentException">Unknown time zone, a session spanning midnight, an empty period, or an early close outside the session.</exception>
    public BarConsolidator(Instrument instrument, ConsolidationPeriod period, Action<Bar> onBar,
        IReadOnlyDictionary<DateOnly, TimeOnly>? earlyCloses = null)
        : base(instrument, period, onBar, earlyCloses)
    {
    }

    /// <summary>Adds the next bar; emits the bars whose buckets it closes.</summary>
    /// <exception cref="ArgumentException">The bar is of another symbol, or earlier than the previous input.</exception>
    public void Update(in Bar bar)
    {
        if (bar.Symbol != Instrument.Symbol)
            throw new ArgumentException($"Bar of {bar.Symbol} given to the consolidator of {Instrument.Symbol}.", nameof(bar));
        Add(bar.EndTime.AddTicks(-1), bar.EndTime, bar.Open, bar.High, bar.Low, bar.Close, bar.Volume);
    }
}
