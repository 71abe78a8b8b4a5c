using OmniAlpha.Server.Ports;

namespace OmniAlpha.Server.Views;

/// <summary>An API key as listed: no key text, no hash.</summary>
public sealed record ApiKeyView(string Id, string Name, ApiRole Role, DateTime CreatedUtc, DateTime? LastUsedUtc)
{
    /// <summary>The view of <paramref name="info"/>.</summary>
    public static ApiKeyView From(ApiKeyInfo info) => new(info.Id, info.Name, info.Role, info.CreatedUtc, info.LastUsedUtc);
}
