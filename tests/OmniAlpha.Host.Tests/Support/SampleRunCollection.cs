namespace OmniAlpha.Host.Tests.Support;

/// <summary>The specifications that compare against one shared <see cref="SampleRun"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SampleRunCollection : ICollectionFixture<SampleRun>
{
    public const string Name = "sample SmaCross run";
}
