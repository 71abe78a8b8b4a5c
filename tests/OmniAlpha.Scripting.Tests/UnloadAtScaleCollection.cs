namespace OmniAlpha.Scripting.Tests;

/// <summary>Memory measurements run alone: no other test class runs in parallel with this collection.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class UnloadAtScaleCollection
{
    public const string Name = "Unload at scale (not parallel)";
}
