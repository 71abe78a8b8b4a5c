using OmniAlpha.Kernel.Live;

namespace OmniAlpha.Server.Views;

/// <summary>The whole host at one engine instant: the payload of the <c>snapshot</c> server-sent event.</summary>
public sealed record SnapshotView(
    long Version,
    DateTime WallTimeUtc,
    DateTime? DataTimeUtc,
    TradingState TradingState,
    IReadOnlyList<StrategyDetailView> Strategies,
    EngineStats Stats)
{
    /// <summary>The view of <paramref name="snapshot"/>.</summary>
    public static SnapshotView From(LiveHostSnapshot snapshot) => new(snapshot.Version, snapshot.WallTimeUtc, snapshot.DataTimeUtc,
        snapshot.TradingState, snapshot.Strategies.Select(StrategyDetailView.From).ToList(), snapshot.Stats);
}
