namespace OmniAlpha.Kernel.Live;

/// <summary>The whole host at one engine instant (immutable; see <see cref="ITradingHost.Current"/>).</summary>
/// <param name="Version">Increases with every published snapshot (clients use it to skip duplicates).</param>
/// <param name="WallTimeUtc">When it was taken.</param>
/// <param name="DataTimeUtc">Engine time of the last processed time step (null before the first).</param>
/// <param name="TradingState">The host-wide trading state.</param>
/// <param name="Strategies">Every deployed strategy, in deployment order.</param>
/// <param name="Stats">Engine counters.</param>
public sealed record LiveHostSnapshot(
    long Version,
    DateTime WallTimeUtc,
    DateTime? DataTimeUtc,
    TradingState TradingState,
    IReadOnlyList<StrategySnapshot> Strategies,
    EngineStats Stats)
{
    /// <summary>The snapshot before the engine published anything.</summary>
    public static LiveHostSnapshot Empty { get; } = new(0, DateTime.UnixEpoch, null, TradingState.Active, [], EngineStats.Zero);
}
