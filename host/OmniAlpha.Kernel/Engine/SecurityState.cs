using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Kernel.Engine;

/// <summary>
/// Per-instrument engine state: its bars, how far the engine has delivered, and the last price.
/// In a backtest the strategy's history is a view of the in-memory series up to the delivered bar, so it can never
/// reach ahead of the engine clock and delivering a bar copies nothing. In live mode (<see cref="Live"/>) bars arrive
/// one at a time and are kept in a fixed ring buffer: the history then holds at most the ring's capacity.
/// </summary>
internal sealed class SecurityState
{
    private readonly BarSeries? _series;
    private readonly Bar[]? _ring;
    private int _delivered = -1;

    /// <summary>Backtest mode: a view of <paramref name="series"/>.</summary>
    public SecurityState(BarSeries series)
    {
        _series = series;
        Instrument = series.Instrument;
    }

    private SecurityState(Instrument instrument, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _ring = new Bar[capacity];
        Instrument = instrument;
    }

    /// <summary>Live mode: bars are appended with <see cref="Append"/> and the last <paramref name="capacity"/> are kept.</summary>
    public static SecurityState Live(Instrument instrument, int capacity) => new(instrument, capacity);

    public Instrument Instrument { get; }
    public Symbol Symbol => Instrument.Symbol;

    /// <summary>
    /// Index of the latest delivered bar (-1 before the first): in the series in backtest mode, the count of bars so far
    /// minus one in live mode (it keeps increasing; <see cref="BarAt"/> serves the ones still in the ring).
    /// </summary>
    public int DeliveredIndex => _delivered;

    /// <summary>Close of the latest delivered bar (0 before the first).</summary>
    public decimal LastPrice { get; private set; }

    /// <summary>Backtest mode: marks bar <paramref name="barIndex"/> of the series as delivered. O(1), no copy.</summary>
    public void Deliver(int barIndex, decimal close)
    {
        _delivered = barIndex;
        LastPrice = close;
    }

    /// <summary>Live mode: appends <paramref name="bar"/> to the ring. O(1), no allocation.</summary>
    public void Append(in Bar bar)
    {
        var ring = _ring ?? throw new InvalidOperationException("Append is for live-mode securities.");
        _delivered++;
        ring[_delivered % ring.Length] = bar;
        LastPrice = bar.Close;
    }

    /// <summary>The delivered bar at <paramref name="index"/> (see <see cref="DeliveredIndex"/>); in live mode it must still be in the ring.</summary>
    public ref readonly Bar BarAt(int index)
    {
        if (_series is not null) return ref _series[index];
        if (index > _delivered || index <= _delivered - _ring!.Length)
            throw new ArgumentOutOfRangeException(nameof(index), $"bar {index} of {Symbol} is no longer (or not yet) in the history ring");
        return ref _ring[index % _ring.Length];
    }

    /// <summary>The most recent <paramref name="count"/> delivered bars (fewer early in the run, or beyond a live ring's capacity).</summary>
    public BarWindow History(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (_delivered < 0) return default;
        if (_series is not null) return _series.Window(_delivered, count);
        int available = Math.Min(_delivered + 1, _ring!.Length);
        return new BarWindow(_ring, _delivered % _ring.Length, Math.Min(count, available));
    }
}
