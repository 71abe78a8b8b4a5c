namespace OmniAlpha.Sdk.Plugins;

/// <summary>The verdict of an <see cref="IPreTradeRiskCheck"/>: accept, or reject with a reason the order carries.</summary>
public readonly record struct RiskDecision
{
    private RiskDecision(bool accepted, string? reason)
    {
        IsAccepted = accepted;
        Reason = reason;
    }

    /// <summary>The order may go on.</summary>
    public static RiskDecision Accept { get; } = new(true, null);

    /// <summary>Refuses the order.</summary>
    /// <param name="reason">Why, in words the user sees in the order's rejection (e.g. <c>position limit 1000 shares exceeded</c>).</param>
    public static RiskDecision Reject(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new RiskDecision(false, reason);
    }

    /// <summary>True when the order may go on.</summary>
    public bool IsAccepted { get; }

    /// <summary>Why the order was refused; null when accepted.</summary>
    public string? Reason { get; }
}
