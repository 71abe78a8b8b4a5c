using OmniAlpha.Kernel.Live.Journal;

namespace OmniAlpha.Persistence.Tests.Support;

/// <summary>
/// Field-by-field equality of journal states. Records compare by value, except the collections and byte arrays inside
/// script versions and checkpoints, which compare by reference, so those are compared element by element here.
/// </summary>
internal static class JournalAssert
{
    public static void Equal(JournalState expected, JournalState actual)
    {
        Assert.Equal(expected.LastSequence, actual.LastSequence);
        Assert.Equal(expected.LastDataTimeUtc, actual.LastDataTimeUtc);
        Assert.Equal(expected.ScriptVersions.Count, actual.ScriptVersions.Count);
        for (int i = 0; i < expected.ScriptVersions.Count; i++) Equal(expected.ScriptVersions[i], actual.ScriptVersions[i]);
        Assert.Equal(expected.Lifecycle, actual.Lifecycle);
        Assert.Equal(expected.Orders, actual.Orders);
        Assert.Equal(expected.Events, actual.Events);
        Assert.Equal(expected.Fills, actual.Fills);
        Assert.Equal(expected.Cash, actual.Cash);
        Assert.Equal(expected.Positions, actual.Positions);
        Assert.Equal(expected.Checkpoints.Count, actual.Checkpoints.Count);
        for (int i = 0; i < expected.Checkpoints.Count; i++) Equal(expected.Checkpoints[i], actual.Checkpoints[i]);
        Assert.Equal(expected.Amendments, actual.Amendments);
    }

    public static void Equal(ScriptVersionRecord expected, ScriptVersionRecord actual)
    {
        Assert.Equal(expected with { Parameters = actual.Parameters, Symbols = actual.Symbols }, actual);
        Assert.Equal(expected.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal), actual.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(expected.Symbols, actual.Symbols);
    }

    public static void Equal(StrategyCheckpointRecord expected, StrategyCheckpointRecord actual)
    {
        Assert.Equal(expected with { PersistedState = actual.PersistedState }, actual);
        Assert.Equal(expected.PersistedState, actual.PersistedState);
    }
}
