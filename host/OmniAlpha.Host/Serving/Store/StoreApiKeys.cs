using OmniAlpha.Persistence.Keys;
using OmniAlpha.Server.Ports;
using ServerRole = OmniAlpha.Server.Ports.ApiRole;
using StoreRole = OmniAlpha.Persistence.Keys.ApiRole;

namespace OmniAlpha.Host.Serving.Store;

/// <summary>The API's key port over the store's <see cref="ApiKeyStore"/> (hashes only; revoked keys are not listed).</summary>
internal sealed class StoreApiKeys(ApiKeyStore keys) : IApiKeyStore
{
    public ApiKeyIdentity? Verify(string presentedKey) =>
        keys.Verify(presentedKey) is { } info ? new ApiKeyIdentity(Id(info), info.Name, ToServer(info.Role)) : null;

    public Server.Ports.CreatedApiKey Create(string name, ServerRole role)
    {
        var created = keys.Create(name, ToStore(role));
        return new Server.Ports.CreatedApiKey(ToServer(created.Info), created.Key);
    }

    public IReadOnlyList<Server.Ports.ApiKeyInfo> List() => keys.List().Where(k => !k.Revoked).Select(ToServer).ToList();

    public bool Revoke(string id) => long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long number)
        && keys.List().Any(k => k.Id == number && !k.Revoked) && keys.Revoke(number);

    private static string Id(Persistence.Keys.ApiKeyInfo info) => info.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Server.Ports.ApiKeyInfo ToServer(Persistence.Keys.ApiKeyInfo info) =>
        new(Id(info), info.Name, ToServer(info.Role), info.CreatedUtc, info.LastUsedUtc);

    private static ServerRole ToServer(StoreRole role) => role switch
    {
        StoreRole.Viewer => ServerRole.Viewer,
        StoreRole.Trader => ServerRole.Trader,
        StoreRole.Admin => ServerRole.Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "unknown role"),
    };

    private static StoreRole ToStore(ServerRole role) => role switch
    {
        ServerRole.Viewer => StoreRole.Viewer,
        ServerRole.Trader => StoreRole.Trader,
        ServerRole.Admin => StoreRole.Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "unknown role"),
    };
}
