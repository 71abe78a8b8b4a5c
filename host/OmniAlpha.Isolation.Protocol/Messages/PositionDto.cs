using MessagePack;

namespace OmniAlpha.Isolation.Protocol.Messages;

/// <summary>A position snapshot on the wire.</summary>
[MessagePackObject]
public sealed class PositionDto
{
    /// <summary>Ticker.</summary>
    [Key(0)] public string Symbol { get; set; } = "";
    /// <summary>Signed quantity.</summary>
    [Key(1)] public decimal Quantity { get; set; }
    /// <summary>Cost basis.</summary>
    [Key(2)] public decimal CostBasis { get; set; }
    /// <summary>Average cost.</summary>
    [Key(3)] public decimal AverageCost { get; set; }
    /// <summary>Last price.</summary>
    [Key(4)] public decimal LastPrice { get; set; }
    /// <summary>Market value.</summary>
    [Key(5)] public decimal MarketValue { get; set; }
    /// <summary>Unrealized P&amp;L.</summary>
    [Key(6)] public decimal UnrealizedPnl { get; set; }
    /// <summary>Realized P&amp;L.</summary>
    [Key(7)] public decimal RealizedPnl { get; set; }
    /// <summary>Commission.</summary>
    [Key(8)] public decimal Commission { get; set; }
}
