using OmniAlpha.Indicators;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Strategies;

/// <summary>
/// Trend filter: holds a symbol while its close is above its simple moving average and is flat otherwise.
/// Orders go out after a bar closes and fill at the next bar's open.
/// Parameters (override with <c>--param name=value</c>): <c>period</c> (20, at least 2) and <c>fraction</c>, the
/// share of equity put into each symbol (1 / the number of symbols in the run).
/// </summary>
public sealed class MyStrategy : Strategy
{
    private readonly Dictionary<Symbol, SimpleMovingAverage> _averages = new();
    private decimal _fraction;

    public override void OnStart()
    {
        int period = Param("period", 20);
        if (period < 2) throw new ArgumentException($"period must be at least 2 (got {period})");
        _fraction = Param("fraction", 1m / Symbols.Count);
        if (_fraction <= 0m || _fraction > 1m) throw new ArgumentException($"fraction must be in (0, 1] (got {_fraction})");
        foreach (var symbol in Symbols) _averages[symbol] = new SimpleMovingAverage(period);
    }

    public override void OnBar(in Bar bar)
    {
        var average = _averages[bar.Symbol];
        average.Update((double)bar.Close);
        if (!average.IsReady) return;

        bool aboveAverage = (double)bar.Close > average.Value;
        var position = Position(bar.Symbol);
        if (aboveAverage && position.IsFlat) SetHoldings(bar.Symbol, _fraction, "close above SMA");
        else if (!aboveAverage && position.IsLong) Liquidate(bar.Symbol, "close below SMA");
    }
}
