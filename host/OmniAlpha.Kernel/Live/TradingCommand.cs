namespace OmniAlpha.Kernel.Live;

/// <summary>A request to change a strategy or the host, applied by the engine thread between time steps.</summary>
/// <param name="Kind">What to do.</param>
/// <param name="StrategyId">The strategy, or null for the whole host (Kill, SetTradingState).</param>
/// <param name="Actor">Who asks (API key name); recorded in the journal and the audit log.</param>
public sealed record TradingCommand(TradingCommandKind Kind, string? StrategyId, string Actor)
{
    /// <summary>Kill: also close every position with market orders after cancelling.</summary>
    public bool Flatten { get; init; }

    /// <summary>SetTradingState: the new state.</summary>
    public TradingState? State { get; init; }

    /// <summary>Deploy and Upload: the script (already compiled and validated by the caller's host).</summary>
    public StrategyScript? Script { get; init; }
}
