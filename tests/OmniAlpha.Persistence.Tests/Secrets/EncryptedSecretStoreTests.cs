using System.Text;
using LiteDB;
using OmniAlpha.Persistence.Secrets;
using OmniAlpha.Persistence.Tests.Support;

namespace OmniAlpha.Persistence.Tests.Secrets;

public sealed class EncryptedSecretStoreTests : IDisposable
{
    private const string Plaintext = "broker-password-Zq7!ü✓";

    private readonly TempStoreFolder _folder = new();
    private readonly SecretKey _key = SecretKey.Generate();

    public void Dispose()
    {
        _key.Dispose();
        _folder.Dispose();
    }

    private static BsonDocument Raw(LiteDbStore store, string name) => store.Database.GetCollection("secrets").FindById(name);

    [Fact]
    public async Task A_secret_round_trips_and_a_missing_one_is_null()
    {
        using (var store = LiteDbStore.Open(_folder.StorePath()))
        {
            var secrets = store.OpenSecrets(_key);
            await secrets.SetSecretAsync("broker.password", Plaintext, CancellationToken.None);
            await secrets.SetSecretAsync("empty", "", CancellationToken.None);
            Assert.Null(await secrets.GetSecretAsync("unknown", CancellationToken.None));
        }

        using var reopened = LiteDbStore.Open(_folder.StorePath());
        var again = reopened.OpenSecrets(_key);
        Assert.Equal(Plaintext, await again.GetSecretAsync("broker.password", CancellationToken.None));
        Assert.Equal("", await again.GetSecretAsync("empty", CancellationToken.None));
        Assert.Equal(["broker.password", "empty"], again.Names().Order());
        Assert.True(again.Remove("empty"));
        Assert.Null(await again.GetSecretAsync("empty", CancellationToken.None));
    }

    [Fact]
    public async Task Writing_the_same_value_twice_gives_a_different_nonce_and_ciphertext()
    {
        using var store = LiteDbStore.Open(_folder.StorePath());
        var secrets = store.OpenSecrets(_key);
        await secrets.SetSecretAsync("s", Plaintext, CancellationToken.None);
        var first = Raw(store, "s");
        await secrets.SetSecretAsync("s", Plaintext, CancellationToken.None);
        var second = Raw(store, "s");

        Assert.Equal(12, first["nonce"].AsBinary.Length);
        Assert.Equal(16, first["tag"].AsBinary.Length);
        Assert.NotEqual(first["nonce"].AsBinary, second["nonce"].AsBinary);
        Assert.NotEqual(first["ciphertext"].AsBinary, second["ciphertext"].AsBinary);
    }

    [Fact]
    public async Task The_plaintext_never_reaches_the_database_files()
    {
        byte[] plaintext = Encoding.UTF8.GetBytes(Plaintext);
        using (var store = LiteDbStore.Open(_folder.StorePath()))
        {
            await store.OpenSecrets(_key).SetSecretAsync("broker.password", Plaintext, CancellationToken.None);
            // The search finds text that is stored in clear (LiteDB does not compress), so its silence below means something.
            store.Database.GetCollection("scratch").Insert(new BsonDocument { ["_id"] = "clear-marker-0b7e-ü✓" });
            store.FlushToDisk("marker");
            Assert.True(_folder.AllFileBytes().AsSpan().IndexOf(Encoding.UTF8.GetBytes("clear-marker-0b7e-ü✓")) >= 0);
            Assert.True(_folder.AllFileBytes().AsSpan().IndexOf(plaintext) < 0, "plaintext in the data or log file while open");
        }
        Assert.True(_folder.AllFileBytes().AsSpan().IndexOf(plaintext) < 0, "plaintext in the data file after checkpoint");
    }

    [Fact]
    public async Task An_altered_ciphertext_is_an_error_naming_the_secret_not_garbage()
    {
        using var store = LiteDbStore.Open(_folder.StorePath());
        var secrets = store.OpenSecrets(_key);
        await secrets.SetSecretAsync("broker.password", Plaintext, CancellationToken.None);
        var doc = Raw(store, "broker.password");
        byte[] ciphertext = doc["ciphertext"].AsBinary;
        ciphertext[0] ^= 1;
        doc["ciphertext"] = ciphertext;
        store.Database.GetCollection("secrets").Update(doc);

        var error = await Assert.ThrowsAsync<SecretStoreException>(() => secrets.GetSecretAsync("broker.password", CancellationToken.None));
        Assert.Contains("'broker.password' cannot be decrypted with this key", error.Message);
        Assert.DoesNotContain(Plaintext, error.ToString());
    }

    [Fact]
    public async Task A_ciphertext_moved_to_another_name_does_not_decrypt()
    {
        using var store = LiteDbStore.Open(_folder.StorePath());
        var secrets = store.OpenSecrets(_key);
        await secrets.SetSecretAsync("admin.password", Plaintext, CancellationToken.None);
        var moved = Raw(store, "admin.password");
        moved["_id"] = "public.note";
        store.Database.GetCollection("secrets").Insert(moved);

        await Assert.ThrowsAsync<SecretStoreException>(() => secrets.GetSecretAsync("public.note", CancellationToken.None));
    }

    [Fact]
    public async Task The_wrong_key_is_a_clear_error()
    {
        using var store = LiteDbStore.Open(_folder.StorePath());
        await store.OpenSecrets(_key).SetSecretAsync("broker.password", Plaintext, CancellationToken.None);

        using var otherKey = SecretKey.Generate();
        var error = await Assert.ThrowsAsync<SecretStoreException>(() => store.OpenSecrets(otherKey).GetSecretAsync("broker.password", CancellationToken.None));
        Assert.Contains("secret 'broker.password' cannot be decrypted with this key", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Plaintext, error.ToString());
    }

    [Fact]
    public void Neither_the_store_nor_the_key_prints_the_key()
    {
        byte[] bytes = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        using var key = new SecretKey(bytes);
        using var store = LiteDbStore.Open(_folder.StorePath());
        string printed = key + " " + store.OpenSecrets(key);
        Assert.DoesNotContain(Convert.ToBase64String(bytes), printed);
        Assert.DoesNotContain(Convert.ToHexString(bytes), printed, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("hidden", key.ToString());
    }
}
