using OmniAlpha.Indicators;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Benchmarks.Live;

/// <summary>
/// The load benchmark's strategy: a short-window, long-only SMA(fast)/SMA(slow) crossover on minute closes that trades
/// often on purpose. A cross up places a limit buy <c>offsetBps</c> below the bar's close (so orders stay open across bars,
/// where the API's open-order view sees them, and some are never filled), good for <c>entryBars</c> bars, then cancelled;
/// a cross down cancels an unfilled entry and sells the position at market. Each symbol gets an equal share of the
/// starting cash. Parameters: fast (5), slow (20), entryBars (5), offsetBps (5), cashPerSymbol (10000).
/// </summary>
public sealed class LoadCrossStrategy : Strategy
{
    private readonly Dictionary<Symbol, SymbolState> _states = [];
    private int _entryBars;
    private decimal _offset;
    private decimal _cashPerSymbol;

    /// <inheritdoc />
    public override void OnStart()
    {
        int fast = Param("fast", 5), slow = Param("slow", 20);
        _entryBars = Param("entryBars", 5);
        _offset = Param("offsetBps", 5m) / 10_000m;
        _cashPerSymbol = Param("cashPerSymbol", 10_000m);
        if (fast < 1 || slow <= fast) throw new ArgumentException($"need 1 <= fast < slow (fast={fast}, slow={slow})");
        foreach (var symbol in Symbols) _states[symbol] = new SymbolState(new SimpleMovingAverage(fast), new SimpleMovingAverage(slow));
    }

    /// <inheritdoc />
    public override void OnBar(in Bar bar)
    {
        var state = _states[bar.Symbol];
        double close = (double)bar.Close;
        state.Fast.Update(close);
        state.Slow.Update(close);
        if (state.Entry is { } entry && (!entry.IsOpen || ++state.EntryAge >= _entryBars))
        {
            if (entry.IsOpen) entry.Cancel();
            state.Entry = null;
        }
        if (!state.Slow.IsReady) return;
        int sign = Math.Sign(state.Fast.Value - state.Slow.Value);
        if (sign == 0 || sign == state.LastSign) return;
        bool crossed = state.LastSign != 0;
        state.LastSign = sign;
        if (!crossed) return;

        var position = Position(bar.Symbol);
        if (sign > 0 && position.IsFlat && state.Entry is null)
        {
            decimal limit = Math.Floor(bar.Close * (1m - _offset) * 100m) / 100m;
            decimal quantity = Math.Floor(_cashPerSymbol / bar.Close);
            if (quantity < 1m || limit <= 0m) return;
            state.Entry = LimitOrder(bar.Symbol, quantity, limit, TimeInForce.Gtc, "cross up");
            state.EntryAge = 0;
        }
        else if (sign < 0)
        {
            if (state.Entry is { IsOpen: true } open) open.Cancel();
            state.Entry = null;
            if (position.IsLong) Liquidate(bar.Symbol, "cross down");
        }
    }

    private sealed class SymbolState(SimpleMovingAverage fast, SimpleMovingAverage slow)
    {
        public SimpleMovingAverage Fast { get; } = fast;
        public SimpleMovingAverage Slow { get; } = slow;
        public int LastSign { get; set; }
        public OrderTicket? Entry { get; set; }
        public int EntryAge { get; set; }
    }
}
