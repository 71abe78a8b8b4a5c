namespace OmniAlpha.Persistence.Keys;

/// <summary>What the store knows about an API key, without its hash: safe to list and to show.</summary>
/// <param name="Id">Store id.</param>
/// <param name="Name">Who or what uses the key (unique among active keys); the audit log's actor.</param>
/// <param name="Prefix">First characters of the key, to recognise it; not enough to use it.</param>
/// <param name="Role">What it may do.</param>
/// <param name="CreatedUtc">When it was created.</param>
/// <param name="LastUsedUtc">When it last verified (to the minute), or null.</param>
/// <param name="Revoked">True once revoked: it no longer verifies.</param>
public sealed record ApiKeyInfo(long Id, string Name, string Prefix, ApiRole Role, DateTime CreatedUtc, DateTime? LastUsedUtc, bool Revoked);
