using MessagePack;

namespace OmniAlpha.Isolation.Protocol.Messages;

/// <summary>An order snapshot on the wire (enums as their numbers, times as <see cref="SdkMapping.ToWire"/>).</summary>
[MessagePackObject]
public sealed class OrderDto
{
    /// <summary>Kernel order id.</summary>
    [Key(0)] public long OrderId { get; set; }
    /// <summary>Client order id.</summary>
    [Key(1)] public string ClientOrderId { get; set; } = "";
    /// <summary>Ticker.</summary>
    [Key(2)] public string Symbol { get; set; } = "";
    /// <summary>Side.</summary>
    [Key(3)] public int Side { get; set; }
    /// <summary>Order type.</summary>
    [Key(4)] public int Type { get; set; }
    /// <summary>Ordered quantity.</summary>
    [Key(5)] public decimal Quantity { get; set; }
    /// <summary>Creation time (<see cref="SdkMapping.ToWire"/>).</summary>
    [Key(6)] public long CreatedTime { get; set; }
    /// <summary>Limit price.</summary>
    [Key(7)] public decimal? LimitPrice { get; set; }
    /// <summary>Stop price.</summary>
    [Key(8)] public decimal? StopPrice { get; set; }
    /// <summary>Trailing offset.</summary>
    [Key(9)] public decimal? TrailingOffset { get; set; }
    /// <summary>Trailing type.</summary>
    [Key(10)] public int TrailingType { get; set; }
    /// <summary>Time in force.</summary>
    [Key(11)] public int TimeInForce { get; set; }
    /// <summary>Tag.</summary>
    [Key(12)] public string? Tag { get; set; }
    /// <summary>One-cancels-other group.</summary>
    [Key(13)] public string? OcoGroup { get; set; }
    /// <summary>Status.</summary>
    [Key(14)] public int Status { get; set; }
    /// <summary>Filled quantity.</summary>
    [Key(15)] public decimal FilledQuantity { get; set; }
    /// <summary>Filled value.</summary>
    [Key(16)] public decimal FilledValue { get; set; }
    /// <summary>Commission.</summary>
    [Key(17)] public decimal Commission { get; set; }
    /// <summary>Last update time (<see cref="SdkMapping.ToWire"/>).</summary>
    [Key(18)] public long LastUpdateTime { get; set; }
}
