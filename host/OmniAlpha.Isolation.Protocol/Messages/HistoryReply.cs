using MessagePack;

namespace OmniAlpha.Isolation.Protocol.Messages;

/// <summary>H: bars, oldest first.</summary>
[MessagePackObject]
public sealed class HistoryReply
{
    /// <summary>Bars, oldest first (the newest is last).</summary>
    [Key(0)] public BarDto[] Bars { get; set; } = [];
}
