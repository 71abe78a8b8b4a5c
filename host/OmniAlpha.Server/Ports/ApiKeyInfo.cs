namespace OmniAlpha.Server.Ports;

/// <summary>An API key as listed to an admin: never the key itself nor its hash.</summary>
/// <param name="Id">The key's id.</param>
/// <param name="Name">The key's name.</param>
/// <param name="Role">What the key may do.</param>
/// <param name="CreatedUtc">When it was created.</param>
/// <param name="LastUsedUtc">When it last authenticated a request, if known.</param>
public sealed record ApiKeyInfo(string Id, string Name, ApiRole Role, DateTime CreatedUtc, DateTime? LastUsedUtc);
