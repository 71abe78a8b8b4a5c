namespace OmniAlpha.Templates.Tests.Support;

/// <summary>The template specifications share one <see cref="TemplateWorkspace"/> (made once: it is slow).</summary>
[CollectionDefinition(Name)]
public sealed class TemplateWorkspaceCollection : ICollectionFixture<TemplateWorkspace>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "generated templates";
}
