using OmniAlpha.Kernel.Live;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Server.Tests.Support;

/// <summary>Consistent sample snapshots: in each strategy, cash + positions' market value = equity, to the cent.</summary>
internal static class Snapshots
{
    public static readonly DateTime T0 = new(2024, 3, 1, 14, 30, 0, DateTimeKind.Utc);

    /// <summary>
    /// sma-spy: 100 000.00 start, bought 10 SPY at 400.10 with 2.00 commission -> cash 95 997.00; SPY last 410.25 ->
    /// market value 4 102.50, equity 100 099.50, unrealized 101.50; one open limit order. rsi-qqq: 50 000 start, flat,
    /// realized 0.25 -> cash and equity 50 000.25.
    /// </summary>
    public static LiveHostSnapshot Sample(long version = 7, StrategyStatus smaStatus = StrategyStatus.Running)
    {
        var fill = new Fill(1, 1, "sma-spy-1", "SPY", T0, OrderSide.Buy, 10m, 400.10m, 2.00m, 0m, Liquidity.Taker);
        var open = new Order(2, "sma-spy-2", "SPY", OrderSide.Buy, OrderType.Limit, 5m, T0.AddMinutes(1))
        {
            LimitPrice = 395.5m,
            Status = OrderStatus.Accepted,
            LastUpdateTime = T0.AddMinutes(1),
        };
        var sma = new StrategySnapshot("sma-spy", "SmaCross", "SmaCross.cs", 1, smaStatus, TradingState.Active, null, ["SPY"],
            StartingCash: 100_000.00m, Cash: 95_997.00m, Equity: 100_099.50m, RealizedPnl: 0m, UnrealizedPnl: 101.50m,
            Positions: [new PositionView("SPY", 10m, 400.10m, 410.25m, 4_102.50m, 0m, 101.50m)],
            OpenOrders: [open], RecentFills: [fill],
            EquityCurve: Enumerable.Range(0, 10).Select(i => new EquitySample(T0.AddMinutes(i), 100_000m + i * 11.17m)).ToList());
        var rsi = new StrategySnapshot("rsi-qqq", "RsiReversion", "RsiReversion.js", 3, StrategyStatus.Paused, TradingState.Reducing,
            null, ["QQQ"], 50_000m, 50_000.25m, 50_000.25m, 0.25m, 0m, [], [], [], [new EquitySample(T0, 50_000.25m)]);
        var stats = new EngineStats(120, 240, 2, 0, 1, 5, 0.002, 150, 900);
        return new LiveHostSnapshot(version, T0.AddSeconds(5), T0.AddMinutes(9), TradingState.Active, [sma, rsi], stats);
    }
}
