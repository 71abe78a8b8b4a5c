using MessagePack;

namespace OmniAlpha.Isolation.Protocol.Messages;

/// <summary>A fill on the wire.</summary>
[MessagePackObject]
public sealed class FillDto
{
    /// <summary>Fill id.</summary>
    [Key(0)] public long FillId { get; set; }
    /// <summary>Order id.</summary>
    [Key(1)] public long OrderId { get; set; }
    /// <summary>Client order id.</summary>
    [Key(2)] public string ClientOrderId { get; set; } = "";
    /// <summary>Ticker.</summary>
    [Key(3)] public string Symbol { get; set; } = "";
    /// <summary>Fill time (<see cref="SdkMapping.ToWire"/>).</summary>
    [Key(4)] public long Time { get; set; }
    /// <summary>Side.</summary>
    [Key(5)] public int Side { get; set; }
    /// <summary>Quantity.</summary>
    [Key(6)] public decimal Quantity { get; set; }
    /// <summary>Price.</summary>
    [Key(7)] public decimal Price { get; set; }
    /// <summary>Commission.</summary>
    [Key(8)] public decimal Commission { get; set; }
    /// <summary>Slippage.</summary>
    [Key(9)] public decimal Slippage { get; set; }
    /// <summary>Liquidity.</summary>
    [Key(10)] public int Liquidity { get; set; }
}
