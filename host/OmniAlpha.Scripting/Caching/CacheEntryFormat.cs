using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace OmniAlpha.Scripting.Caching;

/// <summary>
/// The on-disk layout of one cache entry: magic <c>OASC</c>, format version, the key it was stored under, the
/// image, the warnings, and a SHA-256 of everything before it. A truncated, corrupted or misplaced file fails
/// <see cref="TryRead"/> instead of loading damaged IL.
/// </summary>
internal static class CacheEntryFormat
{
    private static ReadOnlySpan<byte> Magic => "OASC"u8;
    private const int FormatVersion = 1;
    private const int HashLength = 32;

    public static byte[] Write(string key, CompiledImage entry)
    {
        using var body = new MemoryStream(entry.Image.Length + 256);
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(key);
            writer.Write(entry.Image.Length);
            writer.Write(entry.Image);
            writer.Write(entry.Warnings.Count);
            foreach (string warning in entry.Warnings) writer.Write(warning);
        }
        byte[] hash = SHA256.HashData(body.GetBuffer().AsSpan(0, (int)body.Length));
        body.Write(hash);
        return body.ToArray();
    }

    /// <summary>Parses <paramref name="bytes"/>; false when it is not an intact entry stored under <paramref name="key"/>.</summary>
    public static bool TryRead(byte[] bytes, string key, out CompiledImage? entry)
    {
        entry = null;
        if (bytes.Length < Magic.Length + 4 + HashLength || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic)) return false;
        var content = bytes.AsSpan(0, bytes.Length - HashLength);
        if (!SHA256.HashData(content).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - HashLength))) return false;
        if (BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(Magic.Length)) != FormatVersion) return false;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, content.Length, writable: false), Encoding.UTF8);
            reader.ReadBytes(Magic.Length + 4);
            if (reader.ReadString() != key) return false;
            byte[] image = reader.ReadBytes(reader.ReadInt32());
            int warningCount = reader.ReadInt32();
            var warnings = new string[warningCount];
            for (int i = 0; i < warningCount; i++) warnings[i] = reader.ReadString();
            entry = new CompiledImage(image, warnings);
            return true;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentOutOfRangeException or OverflowException)
        {
            return false;
        }
    }
}
