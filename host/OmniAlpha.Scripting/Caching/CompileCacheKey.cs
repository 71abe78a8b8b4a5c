using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OmniAlpha.Scripting.Caching;

/// <summary>
/// The key of a cached compile: SHA-256 (lowercase hex) over the source hash, the display path (it is embedded in
/// the PDB and names the assembly), the compiler options and the <see cref="ScriptToolchainIdentity"/>.
/// </summary>
internal static class CompileCacheKey
{
    /// <summary>Bumped when the key's inputs or the entry format change meaning.</summary>
    private const string Scheme = "omnialpha-script-cache/1";

    public static string For(string sourceHash, string displayPath, StrategyCompilerOptions options, ScriptToolchainIdentity toolchain)
    {
        var text = new StringBuilder(Scheme).Append('\n')
            .Append("source ").Append(sourceHash).Append('\n')
            .Append("path ").Append(displayPath).Append('\n')
            .Append("sandboxed ").Append(options.Sandboxed.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(toolchain.Text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
