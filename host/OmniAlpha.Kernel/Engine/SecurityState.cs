using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Kernel.Engine;

/// <summary>
/// Per-instrument engine state: its data series, a ring buffer of the bars delivered so far (the strategy's
/// history, never ahead of the engine clock) and the last price.
/// </summary>
internal sealed class SecurityState
{
    private const int DefaultHistory = 256;
    private Bar[] _ring = new Bar[DefaultHistory];
    private int _newest = -1;
    private int _count;

    public SecurityState(int index, BarSeries series)
    {
        Index = index;
        Series = series;
    }

    public int Index { get; }
    public BarSeries Series { get; }
    public Instrument Instrument => Series.Instrument;
    public Symbol Symbol => Series.Symbol;

    /// <summary>Close of the latest delivered bar (0 before the first).</summary>
    public decimal LastPrice { get; private set; }

    /// <summary>Appends a delivered bar to the history. O(1), no allocation.</summary>
    public void Push(in Bar bar)
    {
        if (++_newest == _ring.Length) _newest = 0;
        _ring[_newest] = bar;
        if (_count < _ring.Length) _count++;
        LastPrice = bar.Close;
    }

    /// <summary>
    /// The most recent <paramref name="count"/> bars. Asking for more than the buffer holds grows it (bars older
    /// than the previous capacity are not recoverable, so the window may hold fewer than asked early on).
    /// </summary>
    public BarWindow History(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count > _ring.Length) Grow(count);
        if (_count == 0) return new BarWindow(_ring, 0, 0);
        return new BarWindow(_ring, _newest, Math.Min(count, _count));
    }

    private void Grow(int capacity)
    {
        var grown = new Bar[(int)Math.Min(int.MaxValue, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity))];
        for (int i = 0; i < _count; i++)
        {
            int from = _newest - (_count - 1 - i);
            if (from < 0) from += _ring.Length;
            grown[i] = _ring[from];
        }
        _ring = grown;
        _newest = _count - 1;
    }
}
