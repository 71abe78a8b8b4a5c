using System.Reflection;
using System.Reflection.Emit;
using System.Security.Cryptography;
using System.Text;
using OmniAlpha.Persistence.Keys;
using OmniAlpha.Persistence.Tests.Support;

namespace OmniAlpha.Persistence.Tests.Keys;

public sealed class ApiKeyStoreTests : IDisposable
{
    private readonly TempStoreFolder _folder = new();
    private readonly LiteDbStore _store;

    public ApiKeyStoreTests() => _store = LiteDbStore.Open(_folder.StorePath());

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void A_created_key_is_oa_and_32_random_bytes_in_base64url()
    {
        var first = _store.ApiKeys.Create("dashboard", ApiRole.Viewer);
        var second = _store.ApiKeys.Create("bot", ApiRole.Trader);

        Assert.StartsWith("oa_", first.Key);
        Assert.Equal(32, Convert.FromBase64String(ToBase64(first.Key[3..])).Length);
        Assert.NotEqual(first.Key, second.Key);
        Assert.Equal(first.Key[..ApiKeyStore.PrefixLength], first.Info.Prefix);
    }

    [Fact]
    public void Only_the_sha256_of_a_key_is_stored_never_the_key()
    {
        var created = _store.ApiKeys.Create("dashboard", ApiRole.Viewer);
        var doc = _store.Database.GetCollection("api_keys").FindById(created.Info.Id);
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(created.Key)), doc["hash"].AsBinary);

        _store.Dispose();
        Assert.False(Contains(_folder.AllFileBytes(), Encoding.UTF8.GetBytes(created.Key)));
        Assert.DoesNotContain(created.Key, created.ToString());
    }

    [Fact]
    public void Verify_returns_the_identity_and_role_of_a_valid_key_and_null_otherwise()
    {
        var trader = _store.ApiKeys.Create("bot", ApiRole.Trader);

        var identity = _store.ApiKeys.Verify(trader.Key);
        Assert.NotNull(identity);
        Assert.Equal(("bot", ApiRole.Trader, trader.Info.Id), (identity.Name, identity.Role, identity.Id));
        Assert.NotNull(identity.LastUsedUtc);

        string lastCharChanged = trader.Key[..^1] + (trader.Key[^1] == 'A' ? 'B' : 'A');
        Assert.Null(_store.ApiKeys.Verify(lastCharChanged));
        Assert.Null(_store.ApiKeys.Verify(trader.Key + "x"));
        Assert.Null(_store.ApiKeys.Verify(trader.Key[..ApiKeyStore.PrefixLength]));
        Assert.Null(_store.ApiKeys.Verify("oa_"));
        Assert.Null(_store.ApiKeys.Verify(""));
        Assert.Null(_store.ApiKeys.Verify(null));
    }

    [Fact]
    public void A_revoked_key_no_longer_verifies_but_stays_listed()
    {
        var key = _store.ApiKeys.Create("bot", ApiRole.Trader);
        Assert.True(_store.ApiKeys.Revoke(key.Info.Id));

        Assert.Null(_store.ApiKeys.Verify(key.Key));
        Assert.True(Assert.Single(_store.ApiKeys.List()).Revoked);
        Assert.False(_store.ApiKeys.Revoke(12345));
    }

    [Fact]
    public void An_active_name_cannot_be_reused_until_that_key_is_revoked()
    {
        var key = _store.ApiKeys.Create("bot", ApiRole.Trader);
        Assert.Throws<InvalidOperationException>(() => _store.ApiKeys.Create("bot", ApiRole.Viewer));
        _store.ApiKeys.Revoke(key.Info.Id);
        Assert.Equal(ApiRole.Viewer, _store.ApiKeys.Create("bot", ApiRole.Viewer).Info.Role);
    }

    [Fact]
    public void The_bootstrap_admin_key_is_created_once_and_found_on_later_starts()
    {
        string configured = "configured-admin-key-0123456789abcdef";
        var created = _store.ApiKeys.EnsureBootstrapAdmin(configured);
        var again = _store.ApiKeys.EnsureBootstrapAdmin(configured);

        Assert.Equal(created.Id, again.Id);
        Assert.Equal(ApiRole.Admin, _store.ApiKeys.Verify(configured)!.Role);
        Assert.Single(_store.ApiKeys.List());
    }

    [Fact]
    public void A_short_revoked_or_non_admin_bootstrap_key_is_refused()
    {
        Assert.Throws<ArgumentException>(() => _store.ApiKeys.EnsureBootstrapAdmin("short-key"));

        string revoked = "revoked-admin-key-0123456789abcdef";
        _store.ApiKeys.Revoke(_store.ApiKeys.EnsureBootstrapAdmin(revoked).Id);
        Assert.Contains("revoked", Assert.Throws<InvalidOperationException>(() => _store.ApiKeys.EnsureBootstrapAdmin(revoked)).Message);

        var viewer = _store.ApiKeys.Create("viewer", ApiRole.Viewer);
        Assert.Contains("Viewer", Assert.Throws<InvalidOperationException>(() => _store.ApiKeys.EnsureBootstrapAdmin(viewer.Key, "other")).Message);
    }

    [Fact]
    public void Verify_compares_hashes_with_the_constant_time_comparison()
    {
        var verify = typeof(ApiKeyStore).GetMethod(nameof(ApiKeyStore.Verify))!;
        var fixedTimeEquals = typeof(CryptographicOperations).GetMethod(nameof(CryptographicOperations.FixedTimeEquals),
            [typeof(ReadOnlySpan<byte>), typeof(ReadOnlySpan<byte>)])!;
        Assert.Contains(fixedTimeEquals, CalledMethods(verify));
        Assert.DoesNotContain(CalledMethods(verify), m => m.Name == "SequenceEqual");
    }

    private static IEnumerable<MethodBase> CalledMethods(MethodInfo method)
    {
        byte[] il = method.GetMethodBody()!.GetILAsByteArray()!;
        // call (0x28) and callvirt (0x6F) take a 4-byte method token; scanning every position may also decode operand
        // bytes of other instructions, so tokens that do not resolve are skipped.
        for (int i = 0; i + 4 < il.Length; i++)
        {
            if (il[i] != OpCodes.Call.Value && il[i] != OpCodes.Callvirt.Value) continue;
            MethodBase? called = null;
            try { called = method.Module.ResolveMethod(BitConverter.ToInt32(il, i + 1)); }
            catch (ArgumentException) { }
            if (called is not null) yield return called;
        }
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private static string ToBase64(string base64Url)
    {
        string s = base64Url.Replace('-', '+').Replace('_', '/');
        return s + new string('=', (4 - s.Length % 4) % 4);
    }
}
