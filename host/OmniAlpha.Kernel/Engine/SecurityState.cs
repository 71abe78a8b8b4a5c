using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Kernel.Engine;

/// <summary>
/// Per-instrument engine state: its data series, how far into it the engine has delivered, and the last price.
/// The strategy's history is a view of the in-memory series up to the delivered bar, so it can never reach ahead
/// of the engine clock and delivering a bar copies nothing.
/// </summary>
internal sealed class SecurityState(BarSeries series)
{
    private int _delivered = -1;

    public BarSeries Series { get; } = series;
    public Instrument Instrument => Series.Instrument;
    public Symbol Symbol => Series.Symbol;

    /// <summary>Index in <see cref="Series"/> of the latest delivered bar (-1 before the first).</summary>
    public int DeliveredIndex => _delivered;

    /// <summary>Close of the latest delivered bar (0 before the first).</summary>
    public decimal LastPrice { get; private set; }

    /// <summary>Marks bar <paramref name="barIndex"/> of the series as delivered. O(1), no copy.</summary>
    public void Deliver(int barIndex, decimal close)
    {
        _delivered = barIndex;
        LastPrice = close;
    }

    /// <summary>The most recent <paramref name="count"/> delivered bars (fewer early in the run).</summary>
    public BarWindow History(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return _delivered < 0 ? default : Series.Window(_delivered, count);
    }
}
