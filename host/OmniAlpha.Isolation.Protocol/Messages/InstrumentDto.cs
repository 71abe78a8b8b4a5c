using MessagePack;

namespace OmniAlpha.Isolation.Protocol.Messages;

/// <summary>An instrument description on the wire.</summary>
[MessagePackObject]
public sealed class InstrumentDto
{
    /// <summary>Ticker.</summary>
    [Key(0)] public string Symbol { get; set; } = "";
    /// <summary>Asset class.</summary>
    [Key(1)] public int AssetClass { get; set; }
    /// <summary>Exchange code.</summary>
    [Key(2)] public string Exchange { get; set; } = "";
    /// <summary>Quote currency.</summary>
    [Key(3)] public string QuoteCurrency { get; set; } = "";
    /// <summary>Tick size.</summary>
    [Key(4)] public decimal TickSize { get; set; }
    /// <summary>Lot size.</summary>
    [Key(5)] public decimal LotSize { get; set; }
    /// <summary>Multiplier.</summary>
    [Key(6)] public decimal Multiplier { get; set; }
    /// <summary>IANA time zone.</summary>
    [Key(7)] public string TimeZone { get; set; } = "";
    /// <summary>Session open, ticks of the day.</summary>
    [Key(8)] public long SessionOpenTicks { get; set; }
    /// <summary>Session close, ticks of the day.</summary>
    [Key(9)] public long SessionCloseTicks { get; set; }
}
