using System.Globalization;
using OmniAlpha.Persistence.Keys;
using OmniAlpha.Server.Ports;
using ServerRole = OmniAlpha.Server.Ports.ApiRole;
using StoreRole = OmniAlpha.Persistence.Keys.ApiRole;

namespace OmniAlpha.Benchmarks.Live;

/// <summary>
/// The server's key port over the LiteDB key store, so every polled request pays the production key check (SHA-256,
/// indexed lookup). A local copy until <c>omnialpha serve</c>'s adapters are reachable from here.
/// </summary>
public sealed class StoreApiKeyAdapter(ApiKeyStore keys) : IApiKeyStore
{
    /// <inheritdoc />
    public ApiKeyIdentity? Verify(string presentedKey) =>
        keys.Verify(presentedKey) is { } info ? new ApiKeyIdentity(Id(info.Id), info.Name, ToServer(info.Role)) : null;

    /// <inheritdoc />
    public OmniAlpha.Server.Ports.CreatedApiKey Create(string name, ServerRole role)
    {
        var created = keys.Create(name, (StoreRole)(int)role);
        return new OmniAlpha.Server.Ports.CreatedApiKey(ToServer(created.Info), created.Key);
    }

    /// <inheritdoc />
    public IReadOnlyList<OmniAlpha.Server.Ports.ApiKeyInfo> List() => keys.List().Where(k => !k.Revoked).Select(ToServer).ToList();

    /// <inheritdoc />
    public bool Revoke(string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out long number) && keys.Revoke(number);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static OmniAlpha.Server.Ports.ApiKeyInfo ToServer(OmniAlpha.Persistence.Keys.ApiKeyInfo info) =>
        new(Id(info.Id), info.Name, ToServer(info.Role), info.CreatedUtc, info.LastUsedUtc);

    private static ServerRole ToServer(StoreRole role) => role switch
    {
        StoreRole.Viewer => ServerRole.Viewer,
        StoreRole.Trader => ServerRole.Trader,
        StoreRole.Admin => ServerRole.Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "unknown role"),
    };
}
