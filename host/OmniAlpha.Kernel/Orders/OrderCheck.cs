using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Kernel.Orders;

/// <summary>Outcome of a pre-trade or fill-time check: passed, or a reject code with a reason.</summary>
internal readonly record struct OrderCheck(RejectReason? Code, string? Reason)
{
    public static OrderCheck Pass => default;

    public bool Passed => Code is null;

    public static OrderCheck Fail(RejectReason code, string reason) => new(code, reason);
}
