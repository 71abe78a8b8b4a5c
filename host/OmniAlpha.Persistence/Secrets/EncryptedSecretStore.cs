using System.Security.Cryptography;
using System.Text;
using LiteDB;
using OmniAlpha.Sdk.Plugins;
using static OmniAlpha.Persistence.Documents.DocumentFields;

namespace OmniAlpha.Persistence.Secrets;

/// <summary>
/// <see cref="ISecretStore"/> in the store file (collection "secrets"): each value is encrypted with AES-256-GCM under a
/// fresh random 96-bit nonce, with a 128-bit tag and the secret's name as associated data, so a ciphertext copied to
/// another name fails to decrypt instead of yielding the other secret. Values never appear in messages.
/// </summary>
public sealed class EncryptedSecretStore : ISecretStore
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int FormatVersion = 1;

    private readonly LiteDbStore _store;
    private readonly SecretKey _key;

    internal EncryptedSecretStore(LiteDbStore store, SecretKey key)
    {
        _store = store;
        _key = key;
    }

    /// <inheritdoc />
    /// <exception cref="SecretStoreException">The stored value cannot be decrypted with this key (wrong key or altered data).</exception>
    public Task<string?> GetSecretAsync(string name, CancellationToken cancellationToken)
    {
        ValidateName(name);
        cancellationToken.ThrowIfCancellationRequested();
        var doc = Collection().FindById(name);
        return Task.FromResult(doc is null ? null : Decrypt(name, doc));
    }

    /// <inheritdoc />
    public Task SetSecretAsync(string name, string value, CancellationToken cancellationToken)
    {
        ValidateName(name);
        ArgumentNullException.ThrowIfNull(value);
        cancellationToken.ThrowIfCancellationRequested();
        byte[] plaintext = Encoding.UTF8.GetBytes(value);
        byte[] nonce = RandomNumberGenerator.GetBytes(NonceSize);
        byte[] ciphertext = new byte[plaintext.Length];
        byte[] tag = new byte[TagSize];
        try
        {
            using var aes = new AesGcm(_key.Bytes, TagSize);
            aes.Encrypt(nonce, plaintext, ciphertext, tag, AssociatedData(name));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
        Collection().Upsert(new BsonDocument
        {
            ["_id"] = name,
            ["v"] = FormatVersion,
            ["nonce"] = nonce,
            ["ciphertext"] = ciphertext,
            ["tag"] = tag,
            ["updatedTicks"] = DateTime.UtcNow.Ticks,
        });
        _store.FlushToDisk($"secret '{name}'");
        return Task.CompletedTask;
    }

    /// <summary>Removes the secret called <paramref name="name"/>; false when there was none.</summary>
    public bool Remove(string name)
    {
        ValidateName(name);
        bool removed = Collection().Delete(name);
        _store.FlushToDisk($"removal of secret '{name}'");
        return removed;
    }

    /// <summary>Names of the stored secrets (never their values).</summary>
    public IReadOnlyList<string> Names() => Collection().FindAll().Select(doc => doc["_id"].AsString).ToList();

    /// <inheritdoc />
    public override string ToString() => $"EncryptedSecretStore({_store.FilePath}, key from {_key.Origin})";

    private string Decrypt(string name, BsonDocument doc)
    {
        byte[] nonce, ciphertext, tag;
        try
        {
            if (Int32(doc, "v") != FormatVersion) throw new InvalidDataException($"field 'v' holds unknown format {doc["v"]}");
            nonce = Binary(doc, "nonce");
            ciphertext = Binary(doc, "ciphertext");
            tag = Binary(doc, "tag");
            if (nonce.Length != NonceSize || tag.Length != TagSize) throw new InvalidDataException("nonce or tag has the wrong length");
        }
        catch (InvalidDataException e)
        {
            throw new SecretStoreException($"Secret '{name}' in {_store.FilePath} is malformed: {e.Message}", e);
        }
        byte[] plaintext = new byte[ciphertext.Length];
        try
        {
            using var aes = new AesGcm(_key.Bytes, TagSize);
            aes.Decrypt(nonce, ciphertext, tag, plaintext, AssociatedData(name));
            return Encoding.UTF8.GetString(plaintext);
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw new SecretStoreException(
                $"Secret '{name}' cannot be decrypted with this key (from {_key.Origin}): the key is not the one it was written with, or the stored value was altered.", e);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    private static byte[] AssociatedData(string name) => Encoding.UTF8.GetBytes("omnialpha-secret:" + name);

    private static void ValidateName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Length > 200) throw new ArgumentException("A secret name is at most 200 characters.", nameof(name));
    }

    private ILiteCollection<BsonDocument> Collection() => _store.Database.GetCollection(StoreCollections.Secrets);
}
