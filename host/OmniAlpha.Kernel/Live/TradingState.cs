namespace OmniAlpha.Kernel.Live;

/// <summary>
/// What a strategy (or the whole host) may still do. The effective state of a strategy is the stricter of its own
/// and the host's: HALTED beats REDUCING beats ACTIVE.
/// </summary>
public enum TradingState
{
    /// <summary>Orders are accepted normally.</summary>
    Active = 0,

    /// <summary>Only orders that reduce an existing position are accepted; cancels are allowed.</summary>
    Reducing = 1,

    /// <summary>No new orders; cancels are still allowed.</summary>
    Halted = 2,
}
