using System.Globalization;
using OmniAlpha.Server.Ports;
using StoredKeys = OmniAlpha.Persistence.Keys;

namespace OmniAlpha.Server.Persistence;

/// <summary>Plugs the persistence layer's <see cref="StoredKeys.ApiKeyStore"/> (LiteDB, SHA-256 hashes) into the API's key port.</summary>
public sealed class LiteDbApiKeyStore(StoredKeys.ApiKeyStore store) : IApiKeyStore
{
    /// <inheritdoc />
    public ApiKeyIdentity? Verify(string presentedKey) =>
        store.Verify(presentedKey) is { } info ? new ApiKeyIdentity(Id(info.Id), info.Name, ToRole(info.Role)) : null;

    /// <inheritdoc />
    public CreatedApiKey Create(string name, ApiRole role)
    {
        var created = store.Create(name, ToStored(role));
        return new CreatedApiKey(ToInfo(created.Info), created.Key);
    }

    /// <inheritdoc />
    public IReadOnlyList<ApiKeyInfo> List() => store.List().Where(k => !k.Revoked).Select(ToInfo).ToList();

    /// <inheritdoc />
    public bool Revoke(string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out long key)
        && store.List().Any(k => k.Id == key && !k.Revoked)
        && store.Revoke(key);

    private static ApiKeyInfo ToInfo(StoredKeys.ApiKeyInfo info) =>
        new(Id(info.Id), info.Name, ToRole(info.Role), info.CreatedUtc, info.LastUsedUtc);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    internal static ApiRole ToRole(StoredKeys.ApiRole role) => role switch
    {
        StoredKeys.ApiRole.Viewer => ApiRole.Viewer,
        StoredKeys.ApiRole.Trader => ApiRole.Trader,
        StoredKeys.ApiRole.Admin => ApiRole.Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "unknown stored role"),
    };

    internal static StoredKeys.ApiRole ToStored(ApiRole role) => role switch
    {
        ApiRole.Viewer => StoredKeys.ApiRole.Viewer,
        ApiRole.Trader => StoredKeys.ApiRole.Trader,
        ApiRole.Admin => StoredKeys.ApiRole.Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "unknown role"),
    };
}
