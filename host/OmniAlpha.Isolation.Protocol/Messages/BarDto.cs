using MessagePack;

namespace OmniAlpha.Isolation.Protocol.Messages;

/// <summary>A bar on the wire (times as <see cref="SdkMapping.ToWire"/>).</summary>
[MessagePackObject]
public sealed class BarDto
{
    /// <summary>Ticker.</summary>
    [Key(0)] public string Symbol { get; set; } = "";
    /// <summary>End time (<see cref="SdkMapping.ToWire"/>).</summary>
    [Key(1)] public long EndTime { get; set; }
    /// <summary>Open.</summary>
    [Key(2)] public decimal Open { get; set; }
    /// <summary>High.</summary>
    [Key(3)] public decimal High { get; set; }
    /// <summary>Low.</summary>
    [Key(4)] public decimal Low { get; set; }
    /// <summary>Close.</summary>
    [Key(5)] public decimal Close { get; set; }
    /// <summary>Volume.</summary>
    [Key(6)] public decimal Volume { get; set; }
}
