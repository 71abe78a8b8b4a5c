using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Plugins.Simulated.Tests.Support;

/// <summary>Order snapshots as the kernel submits them (validated, status Submitted).</summary>
public static class TestOrders
{
    public static Order New(long id, OrderSide side, OrderType type, decimal quantity, DateTime created,
        TimeInForce timeInForce = TimeInForce.Gtc, Symbol? symbol = null) =>
        new(id, $"c{id}", symbol ?? TestBars.Aapl, side, type, quantity, created)
        {
            TimeInForce = timeInForce,
            LastUpdateTime = created,
        };

    public static Order Market(long id, OrderSide side, decimal quantity, DateTime created, TimeInForce tif = TimeInForce.Gtc) =>
        New(id, side, OrderType.Market, quantity, created, tif);

    public static Order Limit(long id, OrderSide side, decimal quantity, decimal limit, DateTime created, TimeInForce tif = TimeInForce.Gtc) =>
        New(id, side, OrderType.Limit, quantity, created, tif) with { LimitPrice = limit };

    public static Order Stop(long id, OrderSide side, decimal quantity, decimal stop, DateTime created, TimeInForce tif = TimeInForce.Gtc) =>
        New(id, side, OrderType.Stop, quantity, created, tif) with { StopPrice = stop };

    public static Order StopLimit(long id, OrderSide side, decimal quantity, decimal stop, decimal limit, DateTime created) =>
        New(id, side, OrderType.StopLimit, quantity, created) with { StopPrice = stop, LimitPrice = limit };

    public static Order Trailing(long id, OrderSide side, decimal quantity, decimal offset, TrailingType type, DateTime created) =>
        New(id, side, OrderType.TrailingStop, quantity, created) with { TrailingOffset = offset, TrailingType = type };
}
