using OmniAlpha.Kernel.Live;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Dashboard.Tests.Support;

/// <summary>
/// One strategy inside <see cref="SimulatedTradingHost"/>: at most one position, marked to a moving price each step.
/// Money is exact: equity = cash + quantity x last price, to the cent.
/// </summary>
internal sealed class SimulatedStrategy(string id, string name, string fileName, string symbol, decimal startingCash)
{
    private readonly decimal _startingCash = startingCash;

    public string Id { get; } = id;
    public StrategyStatus Status { get; set; } = StrategyStatus.Running;
    public TradingState TradingState { get; set; } = TradingState.Active;
    public decimal Cash { get; set; } = startingCash;
    public decimal Quantity { get; set; }
    public decimal AverageCost { get; set; }
    public decimal LastPrice { get; set; }
    public decimal RealizedPnl { get; set; }
    public List<Order> OpenOrders { get; } = [];
    public List<Fill> Fills { get; } = [];
    public List<EquitySample> Curve { get; } = [];

    public decimal MarketValue => Quantity * LastPrice;
    public decimal Equity => Cash + MarketValue;
    public decimal UnrealizedPnl => Quantity * (LastPrice - AverageCost);

    /// <summary>Buys <paramref name="quantity"/> at <paramref name="price"/> (a fill at <paramref name="time"/>).</summary>
    public void Buy(long fillId, decimal quantity, decimal price, DateTime time)
    {
        Cash -= quantity * price;
        AverageCost = price;
        Quantity += quantity;
        LastPrice = price;
        Fills.Add(new Fill(fillId, fillId, $"{Id}-{fillId}", symbol, time, OrderSide.Buy, quantity, price, 0m, 0m, Liquidity.Taker));
    }

    /// <summary>Closes the position at the last price (the kill switch's flatten).</summary>
    public void Flatten(long fillId, DateTime time)
    {
        if (Quantity == 0m) return;
        Fills.Add(new Fill(fillId, fillId, $"{Id}-{fillId}", symbol, time, Quantity > 0m ? OrderSide.Sell : OrderSide.Buy,
            Math.Abs(Quantity), LastPrice, 0m, 0m, Liquidity.Taker));
        RealizedPnl += UnrealizedPnl;
        Cash += MarketValue;
        Quantity = 0m;
        AverageCost = 0m;
    }

    public StrategySnapshot Snapshot() => new(Id, name, fileName, 1, Status, TradingState, null, [symbol], _startingCash, Cash, Equity,
        RealizedPnl, UnrealizedPnl,
        Quantity == 0m ? [] : [new PositionView(symbol, Quantity, AverageCost, LastPrice, MarketValue, 0m, UnrealizedPnl)],
        OpenOrders.ToList(), Fills.TakeLast(50).ToList(), Curve.ToList());
}
