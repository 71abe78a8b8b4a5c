using OmniAlpha.Server.Ports;

namespace OmniAlpha.Server.Views;

/// <summary>A newly created API key: <see cref="Key"/> is shown this once and never again.</summary>
public sealed record CreatedApiKeyView(string Id, string Name, ApiRole Role, DateTime CreatedUtc, string Key)
{
    /// <summary>The view of <paramref name="created"/>.</summary>
    public static CreatedApiKeyView From(CreatedApiKey created) =>
        new(created.Info.Id, created.Info.Name, created.Info.Role, created.Info.CreatedUtc, created.Key);
}
