using System.Security.Cryptography;
using System.Text;

namespace OmniAlpha.Persistence.Secrets;

/// <summary>
/// Where the secrets key comes from: the environment variable <see cref="EnvironmentVariable"/> (base64 of 32 bytes)
/// or a key file (32 raw bytes, or their base64) that only its owner may read.
/// </summary>
public static class SecretKeySource
{
    /// <summary>Environment variable holding the key in base64.</summary>
    public const string EnvironmentVariable = "OMNIALPHA_SECRETS_KEY";

    private const UnixFileMode GroupOrOthers =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>
    /// The key from the environment variable when it is set, else from <paramref name="keyFilePath"/> when given.
    /// </summary>
    /// <exception cref="SecretStoreException">Neither is available, or the key is malformed or its file is too open.</exception>
    public static SecretKey Resolve(string? keyFilePath)
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return FromBase64(fromEnvironment, $"environment variable {EnvironmentVariable}");
        if (keyFilePath is not null) return FromFile(keyFilePath);
        throw new SecretStoreException(
            $"No secrets key: set {EnvironmentVariable} to a base64 32-byte key or configure a key file (create one with generate-key).");
    }

    /// <summary>A key from base64 text; <paramref name="origin"/> names where the text came from in messages.</summary>
    public static SecretKey FromBase64(string text, string origin)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException e)
        {
            throw new SecretStoreException($"The secrets key in {origin} is not valid base64.", e);
        }
        try
        {
            if (bytes.Length != SecretKey.SizeInBytes)
                throw new SecretStoreException($"The secrets key in {origin} is {bytes.Length} bytes; it must be {SecretKey.SizeInBytes}.");
            return new SecretKey(bytes) { Origin = origin };
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>A key from a file holding 32 raw bytes or their base64; on Unix the file must not be open to group or others.</summary>
    public static SecretKey FromFile(string path)
    {
        string fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath)) throw new SecretStoreException($"Secrets key file {fullPath} does not exist.");
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(fullPath);
            if ((mode & GroupOrOthers) != 0)
                throw new SecretStoreException(
                    $"Secrets key file {fullPath} is accessible by group or others (mode {ToOctal(mode)}); restrict it with: chmod 600 {fullPath}");
        }
        byte[] content;
        try
        {
            content = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SecretStoreException($"Secrets key file {fullPath} cannot be read: {e.Message}", e);
        }
        try
        {
            if (content.Length == SecretKey.SizeInBytes) return new SecretKey(content) { Origin = fullPath };
            return FromBase64(Encoding.ASCII.GetString(content), fullPath);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(content);
        }
    }

    /// <summary>
    /// Writes a new random key (base64, one line) to <paramref name="path"/>, created with mode 0600 on Unix.
    /// Refuses to overwrite an existing file: that would orphan every secret encrypted with the old key.
    /// </summary>
    public static void GenerateKeyFile(string path)
    {
        string fullPath = Path.GetFullPath(path);
        if (File.Exists(fullPath)) throw new SecretStoreException($"Secrets key file {fullPath} already exists; it is not overwritten.");
        string? directory = Path.GetDirectoryName(fullPath);
        if (directory is not null) Directory.CreateDirectory(directory);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        byte[] key = RandomNumberGenerator.GetBytes(SecretKey.SizeInBytes);
        try
        {
            using var stream = new FileStream(fullPath, options);
            stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(key) + "\n"));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private static string ToOctal(UnixFileMode mode) => Convert.ToString((int)mode & 0x1FF, 8).PadLeft(3, '0');
}
