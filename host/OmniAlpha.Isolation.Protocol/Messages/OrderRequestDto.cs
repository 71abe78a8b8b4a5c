using MessagePack;

namespace OmniAlpha.Isolation.Protocol.Messages;

/// <summary>An order request on the wire.</summary>
[MessagePackObject]
public sealed class OrderRequestDto
{
    /// <summary>Ticker.</summary>
    [Key(0)] public string Symbol { get; set; } = "";
    /// <summary>Side.</summary>
    [Key(1)] public int Side { get; set; }
    /// <summary>Quantity.</summary>
    [Key(2)] public decimal Quantity { get; set; }
    /// <summary>Order type.</summary>
    [Key(3)] public int Type { get; set; }
    /// <summary>Limit price.</summary>
    [Key(4)] public decimal? LimitPrice { get; set; }
    /// <summary>Stop price.</summary>
    [Key(5)] public decimal? StopPrice { get; set; }
    /// <summary>Trailing offset.</summary>
    [Key(6)] public decimal? TrailingOffset { get; set; }
    /// <summary>Trailing type.</summary>
    [Key(7)] public int TrailingType { get; set; }
    /// <summary>Time in force.</summary>
    [Key(8)] public int TimeInForce { get; set; }
    /// <summary>Client order id.</summary>
    [Key(9)] public string? ClientOrderId { get; set; }
    /// <summary>Tag.</summary>
    [Key(10)] public string? Tag { get; set; }
    /// <summary>One-cancels-other group.</summary>
    [Key(11)] public string? OcoGroup { get; set; }
}
