using MessagePack;

namespace OmniAlpha.Isolation.Protocol.Messages;

/// <summary>W: a request about one order: cancel, get, or amend with the given changes.</summary>
[MessagePackObject]
public sealed class OrderQuery
{
    /// <summary>Kernel order id.</summary>
    [Key(0)] public long OrderId { get; set; }
    /// <summary>New quantity of an amendment.</summary>
    [Key(1)] public decimal? Quantity { get; set; }
    /// <summary>New limit price of an amendment.</summary>
    [Key(2)] public decimal? LimitPrice { get; set; }
    /// <summary>New stop price of an amendment.</summary>
    [Key(3)] public decimal? StopPrice { get; set; }
}
