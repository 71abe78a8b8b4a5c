using OmniAlpha.Indicators;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Strategies;

/// <summary>
/// Long-only moving-average crossover. Buys when SMA(fast) crosses above SMA(slow) and exits when it crosses
/// below. A cross is a change of sign of (fast - slow); equality is never a cross by itself (a move from below,
/// through equality, to above counts once the difference is above).
/// Parameters: fast (10), slow (30), quantity (0 = invest all cash, split equally across the run's symbols).
/// </summary>
public sealed class SmaCross : Strategy
{
    private readonly Dictionary<Symbol, State> _states = new();
    private int _fast;
    private int _slow;
    private decimal _quantity;

    public override void OnStart()
    {
        _fast = Param("fast", 10);
        _slow = Param("slow", 30);
        _quantity = Param("quantity", 0m);
        if (_fast < 1 || _slow <= _fast) throw new ArgumentException($"need 1 <= fast < slow (fast={_fast}, slow={_slow})");
        if (_quantity < 0m) throw new ArgumentException($"quantity must be >= 0 (got {_quantity})");
        foreach (var symbol in Symbols)
            _states[symbol] = new State(new SimpleMovingAverage(_fast), new SimpleMovingAverage(_slow));
    }

    public override void OnBar(in Bar bar)
    {
        var state = _states[bar.Symbol];
        double close = (double)bar.Close;
        state.Fast.Update(close);
        state.Slow.Update(close);
        if (!state.Slow.IsReady) return;

        int sign = Math.Sign(state.Fast.Value - state.Slow.Value);
        if (sign == 0) return;
        int previous = state.LastSign;
        state.LastSign = sign;
        if (previous == 0 || previous == sign) return;

        var position = Position(bar.Symbol);
        if (sign > 0 && position.IsFlat)
        {
            if (_quantity > 0m) Buy(bar.Symbol, _quantity, "cross up");
            else SetHoldings(bar.Symbol, 1m / Symbols.Count, "cross up");
        }
        else if (sign < 0 && position.IsLong)
        {
            Liquidate(bar.Symbol, "cross down");
        }
    }

    private sealed class State(SimpleMovingAverage fast, SimpleMovingAverage slow)
    {
        public SimpleMovingAverage Fast { get; } = fast;
        public SimpleMovingAverage Slow { get; } = slow;
        public int LastSign { get; set; }
    }
}
