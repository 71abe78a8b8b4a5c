using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Market.Consolidation;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Kernel.Tests.Strategies;

/// <summary>A test strategy whose behaviour is given as delegates, with access to the protected API.</summary>
internal sealed class ScriptedStrategy : Strategy
{
    public Action<ScriptedStrategy>? Start { get; init; }
    public Action<ScriptedStrategy, Bar>? Bar { get; init; }
    public Action<ScriptedStrategy, OrderEvent>? OrderEventHandler { get; init; }
    public Action<ScriptedStrategy>? End { get; init; }
    public List<OrderEvent> Events { get; } = [];
    public List<Bar> Seen { get; } = [];
    public int BarIndex { get; private set; } = -1;

    public override void OnStart() => Start?.Invoke(this);

    public override void OnBar(in Bar bar)
    {
        BarIndex++;
        Seen.Add(bar);
        Bar?.Invoke(this, bar);
    }

    public override void OnOrderEvent(OrderEvent orderEvent)
    {
        Events.Add(orderEvent);
        OrderEventHandler?.Invoke(this, orderEvent);
    }

    public override void OnEnd() => End?.Invoke(this);

    public IStrategyContext Ctx => Context;
    public OrderTicket DoBuy(string symbol, decimal quantity) => Buy(symbol, quantity);
    public OrderTicket DoSell(string symbol, decimal quantity) => Sell(symbol, quantity);
    public OrderTicket DoSubmit(OrderRequest request) => Submit(request);
    public OrderTicket? DoSetHoldings(string symbol, decimal fraction) => SetHoldings(symbol, fraction);
    public OrderTicket? DoLiquidate(string symbol) => Liquidate(symbol);
    public BarWindow DoHistory(string symbol, int count) => History(symbol, count);
    public T DoParam<T>(string name, T fallback) where T : IParsable<T> => Param(name, fallback);
    public void DoWarmUp(int bars) => SetWarmUp(bars);
    public void DoEveryBars(int bars, Action callback) => EveryBars(bars, callback);
    public BarConsolidator DoConsolidate(string symbol, ConsolidationPeriod period, Action<Bar> onBar) => Consolidate(symbol, period, onBar);
}
