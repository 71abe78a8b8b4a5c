using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Sdk.Orders;

/// <summary>
/// What a strategy asks for: an immutable order instruction. The kernel validates it, assigns an order id
/// and a client order id (unless one is given) and turns it into an <see cref="Order"/>.
/// </summary>
/// <param name="Symbol">Instrument to trade.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Quantity">Positive quantity, a whole number of lots.</param>
/// <param name="Type">Order type.</param>
public sealed record OrderRequest(Symbol Symbol, OrderSide Side, decimal Quantity, OrderType Type)
{
    /// <summary>Limit price (Limit and StopLimit orders).</summary>
    public decimal? LimitPrice { get; init; }

    /// <summary>Stop (trigger) price (Stop and StopLimit orders).</summary>
    public decimal? StopPrice { get; init; }

    /// <summary>Trailing offset (TrailingStop orders), an amount or a fraction according to <see cref="TrailingType"/>.</summary>
    public decimal? TrailingOffset { get; init; }

    /// <summary>How <see cref="TrailingOffset"/> is expressed.</summary>
    public TrailingType TrailingType { get; init; } = TrailingType.Amount;

    /// <summary>Time in force; good-until-canceled by default.</summary>
    public TimeInForce TimeInForce { get; init; } = TimeInForce.Gtc;

    /// <summary>
    /// Client order id. Optional: the kernel derives a deterministic one from the strategy and a sequence.
    /// Submitting the same id twice returns the original order instead of placing a second one (idempotency).
    /// </summary>
    public string? ClientOrderId { get; init; }

    /// <summary>Free text carried through to events and reports.</summary>
    public string? Tag { get; init; }

    /// <summary>
    /// One-cancels-other group. When any order of a group fills (even partly), the kernel cancels the group's other
    /// open orders at once, before the venue matches them against the same bar: exactly one exit of a bracket trades.
    /// </summary>
    public string? OcoGroup { get; init; }
}
