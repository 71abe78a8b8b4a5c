using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Strategies;

/// <summary>
/// Cross-sectional momentum rotation. On the first time step of each month it ranks every symbol by its
/// return over the last `lookback` bars and holds the top `top` fraction (at least one name) in equal weights,
/// selling everything else. The sells go first; the buys follow once they have filled (a cash account cannot
/// spend the proceeds of a sale before it happens). Parameters: lookback (252), top (0.1).
/// </summary>
public sealed class MomentumRotation : Strategy
{
    private readonly List<(Symbol Symbol, decimal Score)> _ranking = new();
    private readonly HashSet<Symbol> _selected = new();
    private int _lookback;
    private decimal _top;
    private int _month = -1;
    private bool _buysPending;

    public override void OnStart()
    {
        _lookback = Param("lookback", 252);
        _top = Param("top", 0.1m);
        if (_lookback < 1) throw new ArgumentException("lookback must be at least 1");
        if (_top <= 0m || _top > 1m) throw new ArgumentException("top must be in (0, 1]");
        EveryBars(1, Rebalance);
    }

    private void Rebalance()
    {
        if (_buysPending && Context.GetOpenOrders().Count == 0) Buy();
        if (Time.Month == _month) return;
        _month = Time.Month;

        _ranking.Clear();
        foreach (var symbol in Symbols)
        {
            var history = History(symbol, _lookback + 1);
            // Only symbols with a full lookback and a bar at this time step are ranked (no stale prices).
            if (history.Count <= _lookback || history.Latest.EndTime != Time) continue;
            _ranking.Add((symbol, history.Latest.Close / history.Oldest.Close - 1m));
        }
        if (_ranking.Count == 0) return;
        _ranking.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Symbol.CompareTo(b.Symbol));

        int count = Math.Max(1, (int)Math.Floor(_ranking.Count * _top));
        _selected.Clear();
        for (int i = 0; i < count; i++) _selected.Add(_ranking[i].Symbol);

        // Sell first; buy once the sells have filled, so their proceeds are there to pay for the buys.
        foreach (var symbol in Symbols)
            if (!_selected.Contains(symbol) && !Position(symbol).IsFlat) Liquidate(symbol, "rotate out");
        _buysPending = true;
        if (Context.GetOpenOrders().Count == 0) Buy();
    }

    private void Buy()
    {
        _buysPending = false;
        foreach (var symbol in _selected)
            SetHoldings(symbol, 1m / _selected.Count, "rotate in");
    }
}
