using MessagePack;

namespace OmniAlpha.Isolation.Protocol.Messages;

/// <summary>An order lifecycle event on the wire: its kind name (<c>OrderEvent.Kind</c>) and the fields of that kind.</summary>
[MessagePackObject]
public sealed class OrderEventDto
{
    /// <summary>The event kind (<c>Accepted</c>, <c>Filled</c>, ...).</summary>
    [Key(0)] public string Kind { get; set; } = "";
    /// <summary>The order as of the event.</summary>
    [Key(1)] public OrderDto Order { get; set; } = new();
    /// <summary>Event time (<see cref="SdkMapping.ToWire"/>).</summary>
    [Key(2)] public long Time { get; set; }
    /// <summary>The fill of a (partial) fill event.</summary>
    [Key(3)] public FillDto? Fill { get; set; }
    /// <summary>Reject code of a rejection.</summary>
    [Key(4)] public int RejectCode { get; set; }
    /// <summary>Reason of a rejection or cancellation.</summary>
    [Key(5)] public string? Reason { get; set; }
}
