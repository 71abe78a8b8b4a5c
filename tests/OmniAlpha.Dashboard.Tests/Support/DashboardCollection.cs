namespace OmniAlpha.Dashboard.Tests.Support;

/// <summary>
/// The page and strategy-command specs share one host and browser (each command spec leaves the strategies as it found
/// them); the kill switch, which halts everything for good, has a host of its own.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "dashboard";
}
