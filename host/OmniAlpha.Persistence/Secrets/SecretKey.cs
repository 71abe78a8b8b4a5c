using System.Security.Cryptography;

namespace OmniAlpha.Persistence.Secrets;

/// <summary>The 256-bit AES key that encrypts the secrets. Zeroed on dispose; never printed.</summary>
public sealed class SecretKey : IDisposable
{
    /// <summary>Key size in bytes.</summary>
    public const int SizeInBytes = 32;

    private readonly byte[] _bytes;
    private int _disposed;

    /// <summary>Creates a key from exactly 32 bytes (copied).</summary>
    public SecretKey(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != SizeInBytes)
            throw new SecretStoreException($"A secrets key is {SizeInBytes} bytes; this one is {bytes.Length}.");
        _bytes = bytes.ToArray();
    }

    /// <summary>Where the key came from (environment variable or file path), for messages.</summary>
    public string Origin { get; init; } = "memory";

    internal ReadOnlySpan<byte> Bytes
    {
        get
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
            return _bytes;
        }
    }

    /// <summary>A new random key.</summary>
    public static SecretKey Generate() => new(RandomNumberGenerator.GetBytes(SizeInBytes));

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0) CryptographicOperations.ZeroMemory(_bytes);
    }

    /// <inheritdoc />
    public override string ToString() => $"SecretKey(from {Origin}, value hidden)";
}
