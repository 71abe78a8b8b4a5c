using System.Security.Cryptography;
using System.Text;

namespace OmniAlpha.Scripting;

/// <summary>SHA-256 content hashes as lowercase hex, the key of compiled-strategy caches.</summary>
internal static class ContentHash
{
    /// <summary>Hash of <paramref name="text"/>'s UTF-8 bytes (so a file and its text hash alike, BOM or not).</summary>
    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    /// <summary>Hash of <paramref name="bytes"/>.</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
