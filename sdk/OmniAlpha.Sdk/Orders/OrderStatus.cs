namespace OmniAlpha.Sdk.Orders;

/// <summary>Lifecycle state of an order.</summary>
public enum OrderStatus
{
    /// <summary>Validated by the kernel and sent to the brokerage.</summary>
    Submitted,
    /// <summary>Acknowledged by the brokerage and working.</summary>
    Accepted,
    /// <summary>Some, but not all, of the quantity has filled.</summary>
    PartiallyFilled,
    /// <summary>Completely filled (terminal).</summary>
    Filled,
    /// <summary>A cancel was requested and is pending.</summary>
    CancelRequested,
    /// <summary>Canceled (terminal).</summary>
    Canceled,
    /// <summary>Refused by the kernel's checks or by the brokerage (terminal).</summary>
    Rejected,
    /// <summary>Time in force ran out (terminal).</summary>
    Expired,
}
