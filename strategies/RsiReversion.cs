using OmniAlpha.Indicators;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Strategies;

/// <summary>
/// RSI mean reversion: buy when RSI(period) closes below `oversold`, sell when it closes above `exit`.
/// Position size: `quantity` shares, or an equal share of equity per symbol when quantity is 0.
/// Parameters: period (14), oversold (30), exit (55), quantity (0).
/// </summary>
public sealed class RsiReversion : Strategy
{
    private readonly Dictionary<Symbol, RelativeStrengthIndex> _rsi = new();
    private double _oversold;
    private double _exit;
    private decimal _quantity;

    public override void OnStart()
    {
        int period = Param("period", 14);
        _oversold = Param("oversold", 30.0);
        _exit = Param("exit", 55.0);
        _quantity = Param("quantity", 0m);
        foreach (var symbol in Symbols) _rsi[symbol] = new RelativeStrengthIndex(period);
        SetWarmUp(period + 1);
    }

    public override void OnBar(in Bar bar)
    {
        var rsi = _rsi[bar.Symbol];
        rsi.Update((double)bar.Close);
        if (IsWarmingUp || !rsi.IsReady) return;

        var position = Position(bar.Symbol);
        if (position.IsFlat && rsi.Value < _oversold && Context.GetOpenOrders(bar.Symbol).Count == 0)
        {
            if (_quantity > 0m) Buy(bar.Symbol, _quantity, "oversold");
            else SetHoldings(bar.Symbol, 1m / Symbols.Count, "oversold");
        }
        else if (position.IsLong && rsi.Value > _exit)
        {
            Liquidate(bar.Symbol, "reverted");
        }
    }
}
