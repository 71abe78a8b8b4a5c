using MessagePack;

namespace OmniAlpha.Isolation.Protocol.Messages;

/// <summary>H: one order snapshot, or none when the order is unknown.</summary>
[MessagePackObject]
public sealed class OrderReply
{
    /// <summary>The order, or null.</summary>
    [Key(0)] public OrderDto? Order { get; set; }
}
