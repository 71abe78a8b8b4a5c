using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Strategies;

/// <summary>
/// Breakout with a bracket. When the close breaks above the highest high of the previous `channel` bars, it
/// buys with a stop order one tick above that close (entry); once the entry fills it places a take-profit
/// limit at entry x (1 + takeprofit) and a protective stop at entry x (1 - stoploss) in one one-cancels-other
/// group, so exactly one exit trades. An unfilled entry is DAY only.
/// Parameters: channel (20), takeprofit (0.08), stoploss (0.04), quantity (100).
/// </summary>
public sealed class BracketBreakout : Strategy
{
    private readonly Dictionary<Symbol, Bracket> _brackets = new();
    private int _channel;
    private decimal _takeProfit;
    private decimal _stopLoss;
    private decimal _quantity;

    public override void OnStart()
    {
        _channel = Param("channel", 20);
        _takeProfit = Param("takeprofit", 0.08m);
        _stopLoss = Param("stoploss", 0.04m);
        _quantity = Param("quantity", 100m);
    }

    public override void OnBar(in Bar bar)
    {
        var symbol = bar.Symbol;
        if (_brackets.ContainsKey(symbol) || !Position(symbol).IsFlat) return;
        var history = History(symbol, _channel + 1);
        if (history.Count <= _channel) return;

        decimal highest = 0m;
        for (int i = 1; i <= _channel; i++) highest = Math.Max(highest, history[i].High);
        if (bar.Close <= highest) return;

        var instrument = Context.GetInstrument(symbol);
        var entry = StopOrder(symbol, _quantity, bar.Close + instrument.TickSize, TimeInForce.Day, "breakout entry");
        if (entry.Status != OrderStatus.Rejected) _brackets[symbol] = new Bracket(entry.OrderId);
    }

    public override void OnOrderEvent(OrderEvent orderEvent)
    {
        if (!_brackets.TryGetValue(orderEvent.Symbol, out var bracket)) return;
        var symbol = orderEvent.Symbol;

        if (orderEvent.OrderId == bracket.EntryId)
        {
            // The entry is done: protect whatever filled (all of it, or the part a volume cap let through
            // before the DAY order expired); with nothing filled the breakout is over.
            if (!orderEvent.Order.IsOpen)
            {
                if (orderEvent.Order.FilledQuantity > 0m) PlaceExits(symbol, bracket, orderEvent.Order);
                else _brackets.Remove(symbol);
            }
            return;
        }

        bool exitLeg = orderEvent.OrderId == bracket.TakeProfitId || orderEvent.OrderId == bracket.StopLossId;
        if (exitLeg && orderEvent is OrderFilled) _brackets.Remove(symbol);
    }

    private void PlaceExits(Symbol symbol, Bracket bracket, Order entry)
    {
        var instrument = Context.GetInstrument(symbol);
        decimal price = entry.AverageFillPrice;
        // One-cancels-other: the kernel cancels the second exit the moment the first fills, even within one bar.
        string group = $"bracket-{bracket.EntryId}";
        bracket.TakeProfitId = Submit(new OrderRequest(symbol, OrderSide.Sell, entry.FilledQuantity, OrderType.Limit)
        {
            LimitPrice = instrument.RoundToTick(price * (1m + _takeProfit)), OcoGroup = group, Tag = "take profit",
        }).OrderId;
        bracket.StopLossId = Submit(new OrderRequest(symbol, OrderSide.Sell, entry.FilledQuantity, OrderType.Stop)
        {
            StopPrice = instrument.RoundToTick(price * (1m - _stopLoss)), OcoGroup = group, Tag = "stop loss",
        }).OrderId;
    }

    private sealed class Bracket(long entryId)
    {
        public long EntryId { get; } = entryId;
        public long TakeProfitId { get; set; }
        public long StopLossId { get; set; }
    }
}
