namespace OmniAlpha.Kernel.Live;

/// <summary>What the live engine does when the broker's view (open orders, positions) differs from the kernel's after recovery.</summary>
public enum ReconcilePolicy
{
    /// <summary>Log each difference and take the broker's view: an order the broker no longer has is marked canceled.</summary>
    AdoptBroker,

    /// <summary>Log each difference and halt the strategy (Failed, HALTED) for a human to look at.</summary>
    Halt,
}
