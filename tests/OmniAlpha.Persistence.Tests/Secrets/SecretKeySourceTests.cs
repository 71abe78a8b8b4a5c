using System.Runtime.Versioning;
using OmniAlpha.Persistence.Secrets;
using OmniAlpha.Persistence.Tests.Support;

namespace OmniAlpha.Persistence.Tests.Secrets;

/// <summary>The only tests that touch <see cref="SecretKeySource.EnvironmentVariable"/> (tests in one class run one at a time).</summary>
public sealed class SecretKeySourceTests : IDisposable
{
    private readonly TempStoreFolder _folder = new();
    private readonly string? _savedVariable = Environment.GetEnvironmentVariable(SecretKeySource.EnvironmentVariable);

    public SecretKeySourceTests() => Environment.SetEnvironmentVariable(SecretKeySource.EnvironmentVariable, null);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(SecretKeySource.EnvironmentVariable, _savedVariable);
        _folder.Dispose();
    }

    private static async Task<bool> SameKey(SecretKey a, SecretKey b, string folder)
    {
        using var store = LiteDbStore.Open(Path.Combine(folder, Guid.NewGuid() + ".db"));
        await store.OpenSecrets(a).SetSecretAsync("probe", "value", CancellationToken.None);
        try { return await store.OpenSecrets(b).GetSecretAsync("probe", CancellationToken.None) == "value"; }
        catch (SecretStoreException) { return false; }
    }

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public async Task Generate_key_writes_a_0600_file_that_loads_and_is_never_overwritten()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes");
        string path = Path.Combine(_folder.Folder, "keys", "secrets.key");
        SecretKeySource.GenerateKeyFile(path);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        using var key = SecretKeySource.FromFile(path);
        Assert.Equal(Path.GetFullPath(path), key.Origin);
        string before = File.ReadAllText(path);
        Assert.Throws<SecretStoreException>(() => SecretKeySource.GenerateKeyFile(path));
        Assert.Equal(before, File.ReadAllText(path));
    }

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public void A_key_file_open_to_group_or_others_is_refused_with_the_fix()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes");
        string path = Path.Combine(_folder.Folder, "secrets.key");
        SecretKeySource.GenerateKeyFile(path);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var error = Assert.Throws<SecretStoreException>(() => SecretKeySource.FromFile(path));
        Assert.Contains(path, error.Message);
        Assert.Contains("644", error.Message);
        Assert.Contains("chmod 600", error.Message);
    }

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public async Task A_raw_32_byte_key_file_and_its_base64_form_are_the_same_key()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes");
        byte[] bytes = Enumerable.Range(0, 32).Select(i => (byte)(i * 3)).ToArray();
        string raw = Path.Combine(_folder.Folder, "raw.key"), text = Path.Combine(_folder.Folder, "text.key");
        File.WriteAllBytes(raw, bytes);
        File.WriteAllText(text, Convert.ToBase64String(bytes) + "\n");
        File.SetUnixFileMode(raw, UnixFileMode.UserRead);
        File.SetUnixFileMode(text, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        using var fromRaw = SecretKeySource.FromFile(raw);
        using var fromText = SecretKeySource.FromFile(text);
        Assert.True(await SameKey(fromRaw, fromText, _folder.Folder));
    }

    [Fact]
    public async Task The_environment_variable_wins_over_the_key_file()
    {
        byte[] bytes = Enumerable.Range(0, 32).Select(i => (byte)(255 - i)).ToArray();
        Environment.SetEnvironmentVariable(SecretKeySource.EnvironmentVariable, Convert.ToBase64String(bytes));

        using var resolved = SecretKeySource.Resolve(Path.Combine(_folder.Folder, "does-not-exist.key"));
        Assert.Contains(SecretKeySource.EnvironmentVariable, resolved.Origin);
        using var expected = new SecretKey(bytes);
        Assert.True(await SameKey(resolved, expected, _folder.Folder));
    }

    [Fact]
    public void Missing_or_malformed_keys_are_clear_errors()
    {
        Assert.Contains(SecretKeySource.EnvironmentVariable, Assert.Throws<SecretStoreException>(() => SecretKeySource.Resolve(null)).Message);
        Assert.Contains("does not exist", Assert.Throws<SecretStoreException>(() => SecretKeySource.FromFile(Path.Combine(_folder.Folder, "nope.key"))).Message);
        Assert.Contains("not valid base64", Assert.Throws<SecretStoreException>(() => SecretKeySource.FromBase64("not base64!", "test")).Message);
        Assert.Contains("16 bytes", Assert.Throws<SecretStoreException>(() => SecretKeySource.FromBase64(Convert.ToBase64String(new byte[16]), "test")).Message);
    }
}
