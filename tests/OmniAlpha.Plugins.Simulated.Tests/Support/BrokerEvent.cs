using System.Globalization;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Plugins.Simulated.Tests.Support;

/// <summary>What a listener callback reported.</summary>
public enum BrokerEventKind
{
    Accepted,
    Rejected,
    Fill,
    Canceled,
    Updated,
    Expired,
}

/// <summary>One recorded listener callback, with the values it carried.</summary>
public sealed record BrokerEvent(BrokerEventKind Kind, long OrderId, DateTime Time)
{
    public decimal Quantity { get; init; }
    public decimal Price { get; init; }
    public decimal Commission { get; init; }
    public decimal Slippage { get; init; }
    public Liquidity Liquidity { get; init; }
    public string? Reason { get; init; }
    public RejectReason? Code { get; init; }
    public OrderAmendment? Amendment { get; init; }

    public override string ToString() => Kind switch
    {
        BrokerEventKind.Fill => string.Create(CultureInfo.InvariantCulture,
            $"{Time:O} #{OrderId} Fill {Quantity} @ {Price} fee {Commission} slip {Slippage} {Liquidity}"),
        BrokerEventKind.Rejected => string.Create(CultureInfo.InvariantCulture, $"{Time:O} #{OrderId} Rejected {Code}: {Reason}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Time:O} #{OrderId} {Kind} {Reason}"),
    };
}
