namespace OmniAlpha.PluginHost.Tests.Support;

/// <summary>Garbage-collection checks for unloaded load contexts.</summary>
internal static class Collection
{
    /// <summary>Collects until every reference is dead; fails naming how many stayed alive after ~10 s.</summary>
    public static async Task AssertCollected(IReadOnlyCollection<WeakReference> contexts)
    {
        Assert.NotEmpty(contexts);
        for (int i = 0; i < 100 && contexts.Any(c => c.IsAlive); i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            await Task.Delay(100);
        }
        Assert.Equal(0, contexts.Count(c => c.IsAlive));
    }
}
