using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Persistence.Tests.Support;

/// <summary>Records with awkward values: exact decimals at the edges of the type, tick-precise UTC times.</summary>
internal static class JournalSamples
{
    /// <summary>Decimals that a double or a millisecond time would not keep.</summary>
    public static readonly decimal[] AwkwardDecimals =
    [
        0.1m, 123456789.123456789m, -0.0000001m, decimal.MaxValue, decimal.MinValue, 79228162514264337593543950.335m,
        0.0000000000000000000000000001m, 1.10m, 0m, -42m,
    ];

    /// <summary>A time with sub-millisecond ticks.</summary>
    public static readonly DateTime T0 = new DateTime(2024, 3, 15, 14, 30, 0, DateTimeKind.Utc).AddTicks(1_234_567);

    public static Order Order(string clientOrderId = "sma-1", long orderId = 1, OrderStatus status = OrderStatus.Accepted) =>
        new(orderId, clientOrderId, "SPY", OrderSide.Sell, OrderType.StopLimit, 123456789.123456789m, T0)
        {
            LimitPrice = 0.1m,
            StopPrice = -0.0000001m,
            TrailingOffset = 0.05m,
            TrailingType = TrailingType.Percent,
            TimeInForce = TimeInForce.Ioc,
            Tag = "exit: stop",
            OcoGroup = "bracket-7",
            Status = status,
            FilledQuantity = 1.5m,
            FilledValue = 79228162514264337593543950.335m,
            Commission = 0.0000000000000000000000000001m,
            LastUpdateTime = T0.AddTicks(1),
        };

    public static Fill Fill(long fillId = 1, string clientOrderId = "sma-1") =>
        new(fillId, 1, clientOrderId, "SPY", T0.AddTicks(7), OrderSide.Buy, 0.1m, decimal.MaxValue, 0.0000001m, 1.23456789m, Liquidity.Maker);

    /// <summary>One event of every subtype, each with its own fields set.</summary>
    public static IReadOnlyList<OrderEvent> EveryEventKind()
    {
        var order = Order();
        return
        [
            new OrderSubmitted(order with { Status = OrderStatus.Submitted }, T0),
            new OrderAccepted(order, T0.AddTicks(1)),
            new OrderRejected(order with { Status = OrderStatus.Rejected }, T0.AddTicks(2), RejectReason.InsufficientBuyingPower, "needs 100.01, has 99.99"),
            new OrderPartiallyFilled(order with { Status = OrderStatus.PartiallyFilled }, T0.AddTicks(3), Fill(1)),
            new OrderFilled(order with { Status = OrderStatus.Filled }, T0.AddTicks(4), Fill(2)),
            new OrderCanceled(order with { Status = OrderStatus.Canceled }, T0.AddTicks(5), "OCO sibling filled"),
            new OrderCancelRequested(order with { Status = OrderStatus.CancelRequested }, T0.AddTicks(6)),
            new OrderUpdated(order with { LimitPrice = 0.2m }, T0.AddTicks(7)),
            new OrderExpired(order with { Status = OrderStatus.Expired }, T0.AddTicks(8)),
        ];
    }

    public static ScriptVersionRecord ScriptVersion(string strategyId = "sma", int version = 1) =>
        new(strategyId, version, "csharp", "SmaCross.cs", "public class SmaCross : Strategy { } // é ✓", new string('a', 64),
            new Dictionary<string, string> { ["fast"] = "10", ["slow.period"] = "30", ["$weird"] = "" }, ["SPY", "QQQ"],
            100_000.01m, T0);

    public static JournalBatch Batch(long sequence, params OrderRecord[] orders) => new()
    {
        Sequence = sequence,
        DataTimeUtc = T0.AddMinutes(sequence),
        WallTimeUtc = T0.AddMinutes(sequence).AddTicks(3),
        Orders = orders,
    };
}
