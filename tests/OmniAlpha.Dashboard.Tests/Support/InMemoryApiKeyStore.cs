using System.Security.Cryptography;
using System.Text;
using OmniAlpha.Server.Ports;

namespace OmniAlpha.Dashboard.Tests.Support;

/// <summary>Test double of <see cref="IApiKeyStore"/>: keeps SHA-256 hashes only, like the real store.</summary>
internal sealed class InMemoryApiKeyStore : IApiKeyStore
{
    private readonly Lock _gate = new();
    private readonly List<(ApiKeyInfo Info, string Hash)> _keys = [];
    private int _next;

    public ApiKeyIdentity? Verify(string presentedKey)
    {
        string hash = Hash(presentedKey);
        lock (_gate)
        {
            var match = _keys.FirstOrDefault(k => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(k.Hash), Encoding.ASCII.GetBytes(hash)));
            return match.Info is null ? null : new ApiKeyIdentity(match.Info.Id, match.Info.Name, match.Info.Role);
        }
    }

    public CreatedApiKey Create(string name, ApiRole role)
    {
        string key = "oa_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        lock (_gate)
        {
            var info = new ApiKeyInfo($"k{++_next}", name, role, DateTime.UtcNow, null);
            _keys.Add((info, Hash(key)));
            return new CreatedApiKey(info, key);
        }
    }

    public IReadOnlyList<ApiKeyInfo> List()
    {
        lock (_gate)
            return _keys.Select(k => k.Info).ToList();
    }

    public bool Revoke(string id)
    {
        lock (_gate)
            return _keys.RemoveAll(k => k.Info.Id == id) > 0;
    }

    private static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
