namespace OmniAlpha.Server.Views;

/// <summary>The answer of the health endpoints.</summary>
/// <param name="Status">"alive", "ready" or "not-ready".</param>
/// <param name="SnapshotVersion">Version of the engine's latest snapshot.</param>
/// <param name="DataTimeUtc">Engine time of the last processed time step.</param>
public sealed record HealthView(string Status, long SnapshotVersion, DateTime? DataTimeUtc);
