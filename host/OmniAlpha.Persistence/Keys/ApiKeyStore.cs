using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using LiteDB;
using OmniAlpha.Persistence.Journal;
using static OmniAlpha.Persistence.Documents.DocumentFields;

namespace OmniAlpha.Persistence.Keys;

/// <summary>
/// API keys in the store file (collection "api_keys"). A key is "oa_" + 32 CSPRNG bytes (base64url); only its SHA-256
/// and a short prefix are stored. A plain, unsalted, fast hash is enough here because the keys are 256-bit random:
/// there is no dictionary to attack and brute force over 2^256 is out of reach, so slow password hashes (which exist
/// for low-entropy human passwords) would only slow every request down.
/// </summary>
public sealed class ApiKeyStore
{
    /// <summary>Start of every generated key.</summary>
    public const string KeyPrefix = "oa_";

    /// <summary>Characters of a key kept in clear to recognise it ("oa_" + 9 characters = 54 of its 256 random bits).</summary>
    public const int PrefixLength = 12;

    /// <summary>Shortest key accepted by <see cref="EnsureBootstrapAdmin"/>: below this a key is guessable, and an unsalted hash would not do.</summary>
    public const int MinBootstrapKeyLength = 32;

    // Writing last-used on every request would cost a durable commit per API call; a minute's resolution is enough.
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    private readonly LiteDbStore _store;
    private readonly Lock _writeLock = new();

    internal ApiKeyStore(LiteDbStore store) => _store = store;

    /// <summary>Creates a key; the returned value is the only copy of it.</summary>
    /// <exception cref="InvalidOperationException">An active key already has <paramref name="name"/>.</exception>
    public CreatedApiKey Create(string name, ApiRole role)
    {
        string key = KeyPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return new CreatedApiKey(Insert(name, role, key), key);
    }

    /// <summary>
    /// First start: makes sure an admin key with value <paramref name="key"/> (from configuration or the environment)
    /// exists, and returns it. Idempotent on later starts.
    /// </summary>
    /// <exception cref="ArgumentException">The key is shorter than <see cref="MinBootstrapKeyLength"/> characters.</exception>
    /// <exception cref="InvalidOperationException">That key exists but was revoked or is not an admin key.</exception>
    public ApiKeyInfo EnsureBootstrapAdmin(string key, string name = "bootstrap-admin")
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < MinBootstrapKeyLength || key.Any(char.IsWhiteSpace))
            throw new ArgumentException($"The bootstrap admin key must be at least {MinBootstrapKeyLength} characters without white space (generate one, e.g. 32 random bytes in base64url).", nameof(key));
        lock (_writeLock)
        {
            var existing = Collection().FindOne(Query.EQ("hash", new BsonValue(Hash(key))));
            if (existing is null) return Insert(name, ApiRole.Admin, key);
            var info = ToInfo(existing);
            if (info.Revoked)
                throw new InvalidOperationException($"The configured bootstrap admin key ({info.Prefix}..., named '{info.Name}') was revoked: remove it from the configuration or configure a new one.");
            if (info.Role != ApiRole.Admin)
                throw new InvalidOperationException($"The configured bootstrap admin key ({info.Prefix}..., named '{info.Name}') exists with role {info.Role}, not Admin.");
            return info;
        }
    }

    /// <summary>
    /// The identity of <paramref name="presentedKey"/>, or null when it is unknown or revoked. The hashes are compared in
    /// constant time, so response timing reveals nothing about how close a guess was.
    /// </summary>
    public ApiKeyInfo? Verify(string? presentedKey)
    {
        if (presentedKey is null || presentedKey.Length < PrefixLength) return null;
        byte[] hash = Hash(presentedKey);
        var collection = Collection();
        foreach (var doc in collection.Find(Query.EQ("prefix", presentedKey[..PrefixLength])))
        {
            if (!CryptographicOperations.FixedTimeEquals(hash, Binary(doc, "hash"))) continue;
            var info = ToInfo(doc);
            if (info.Revoked) return null;
            var now = DateTime.UtcNow;
            if (info.LastUsedUtc is not { } lastUsed || now - lastUsed >= LastUsedResolution)
            {
                doc["lastUsedTicks"] = now.Ticks;
                collection.Update(doc);
                info = info with { LastUsedUtc = FromTicks(now.Ticks) };
            }
            return info;
        }
        return null;
    }

    /// <summary>Revokes key <paramref name="id"/>; false when there is no such key. A revoked key stays listed.</summary>
    public bool Revoke(long id)
    {
        lock (_writeLock)
        {
            var collection = Collection();
            var doc = collection.FindById(id);
            if (doc is null) return false;
            doc["revoked"] = true;
            bool updated = collection.Update(doc);
            _store.FlushToDisk($"revocation of API key {id}");
            return updated;
        }
    }

    /// <summary>Every key, oldest first, without hashes.</summary>
    public IReadOnlyList<ApiKeyInfo> List() => Collection().FindAll().Select(ToInfo).ToList();

    private ApiKeyInfo Insert(string name, ApiRole role, string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!System.Enum.IsDefined(role)) throw new ArgumentOutOfRangeException(nameof(role), role, "unknown role");
        lock (_writeLock)
        {
            var collection = Collection();
            if (collection.Find(Query.EQ("name", name)).Any(doc => !Boolean(doc, "revoked")))
                throw new InvalidOperationException($"An active API key is already named '{name}'.");
            var created = DateTime.UtcNow;
            var doc = new BsonDocument
            {
                ["name"] = name,
                ["prefix"] = key[..PrefixLength],
                ["hash"] = Hash(key),
                ["role"] = Enum(role),
                ["createdTicks"] = created.Ticks,
                ["lastUsedTicks"] = BsonValue.Null,
                ["revoked"] = false,
            };
            var id = collection.Insert(doc);
            _store.FlushToDisk($"API key '{name}'");
            return new ApiKeyInfo(id.AsInt64, name, key[..PrefixLength], role, FromTicks(created.Ticks), null, false);
        }
    }

    private ILiteCollection<BsonDocument> Collection() => _store.Database.GetCollection(StoreCollections.ApiKeys, BsonAutoId.Int64);

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private ApiKeyInfo ToInfo(BsonDocument d) => LiteDbTradingJournal.Decode(_store.FilePath, StoreCollections.ApiKeys, d,
        doc => new ApiKeyInfo(Int64(doc, "_id"), String(doc, "name"), String(doc, "prefix"), Enum<ApiRole>(doc, "role"),
            Time(doc, "createdTicks"), NullableInt64(doc, "lastUsedTicks") is { } t ? FromTicks(t) : null, Boolean(doc, "revoked")));
}
