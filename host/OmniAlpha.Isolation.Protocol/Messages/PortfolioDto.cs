using MessagePack;

namespace OmniAlpha.Isolation.Protocol.Messages;

/// <summary>The portfolio totals on the wire (positions travel separately, per symbol).</summary>
[MessagePackObject]
public sealed class PortfolioDto
{
    /// <summary>Cash.</summary>
    [Key(0)] public decimal Cash { get; set; }
    /// <summary>Equity.</summary>
    [Key(1)] public decimal Equity { get; set; }
    /// <summary>Gross exposure.</summary>
    [Key(2)] public decimal GrossExposure { get; set; }
    /// <summary>Net exposure.</summary>
    [Key(3)] public decimal NetExposure { get; set; }
    /// <summary>Buying power.</summary>
    [Key(4)] public decimal BuyingPower { get; set; }
    /// <summary>Realized P&amp;L.</summary>
    [Key(5)] public decimal RealizedPnl { get; set; }
    /// <summary>Unrealized P&amp;L.</summary>
    [Key(6)] public decimal UnrealizedPnl { get; set; }
    /// <summary>Total commission.</summary>
    [Key(7)] public decimal TotalCommission { get; set; }
    /// <summary>Total slippage.</summary>
    [Key(8)] public decimal TotalSlippage { get; set; }
}
