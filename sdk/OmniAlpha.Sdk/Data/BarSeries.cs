using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Sdk.Data;

/// <summary>
/// An in-memory, time-ordered series of one instrument's bars: what a historical data source hands to the
/// backtester. Bars are strictly increasing in end time and each passed <see cref="Bar.Validate"/>.
/// </summary>
public sealed class BarSeries
{
    private readonly Bar[] _bars;

    /// <summary>Creates a series; <paramref name="bars"/> is taken as is (not copied) and must be sorted.</summary>
    /// <exception cref="ArgumentException">Bars are out of order, duplicated, or of another symbol.</exception>
    public BarSeries(Instrument instrument, Bar[] bars, TimeSpan period, int skippedRows = 0)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(bars);
        for (int i = 0; i < bars.Length; i++)
        {
            if (bars[i].Symbol != instrument.Symbol)
                throw new ArgumentException($"Bar {i} is for {bars[i].Symbol}, not {instrument.Symbol}.", nameof(bars));
            if (i > 0 && bars[i].EndTime <= bars[i - 1].EndTime)
                throw new ArgumentException($"Bar {i} ({bars[i].EndTime:O}) is not after bar {i - 1} ({bars[i - 1].EndTime:O}).", nameof(bars));
        }
        Instrument = instrument;
        _bars = bars;
        Period = period;
        SkippedRows = skippedRows;
    }

    /// <summary>The instrument.</summary>
    public Instrument Instrument { get; }

    /// <summary>The instrument's symbol.</summary>
    public Symbol Symbol => Instrument.Symbol;

    /// <summary>Nominal bar length (one day for daily data).</summary>
    public TimeSpan Period { get; }

    /// <summary>True for daily (or longer) bars: every bar is a whole session.</summary>
    public bool IsDaily => Period >= TimeSpan.FromDays(1);

    /// <summary>Rows the source skipped as bad (only with a skip policy).</summary>
    public int SkippedRows { get; }

    /// <summary>Number of bars.</summary>
    public int Count => _bars.Length;

    /// <summary>The bars, oldest first.</summary>
    public ReadOnlySpan<Bar> Bars => _bars;

    /// <summary>The bar at <paramref name="index"/>.</summary>
    public ref readonly Bar this[int index] => ref _bars[index];

    /// <summary>
    /// The bars up to and including <paramref name="newestIndex"/>, newest first, at most <paramref name="count"/> of them:
    /// an allocation-free history view for engines that hold the whole series in memory.
    /// </summary>
    public BarWindow Window(int newestIndex, int count)
    {
        if ((uint)newestIndex >= (uint)_bars.Length) throw new ArgumentOutOfRangeException(nameof(newestIndex));
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new BarWindow(_bars, newestIndex, Math.Min(count, newestIndex + 1));
    }

    /// <summary>A new series restricted to bars whose end time lies in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>].</summary>
    public BarSeries Slice(DateTime? fromUtc, DateTime? toUtc)
    {
        int start = 0, end = _bars.Length;
        if (fromUtc is { } f) while (start < end && _bars[start].EndTime < f) start++;
        if (toUtc is { } t) while (end > start && _bars[end - 1].EndTime > t) end--;
        if (start == 0 && end == _bars.Length) return this;
        return new BarSeries(Instrument, _bars[start..end], Period, SkippedRows);
    }
}
