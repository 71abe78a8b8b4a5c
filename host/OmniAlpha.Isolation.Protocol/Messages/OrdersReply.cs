using MessagePack;

namespace OmniAlpha.Isolation.Protocol.Messages;

/// <summary>H: order snapshots in submission order.</summary>
[MessagePackObject]
public sealed class OrdersReply
{
    /// <summary>Orders.</summary>
    [Key(0)] public OrderDto[] Orders { get; set; } = [];
}
