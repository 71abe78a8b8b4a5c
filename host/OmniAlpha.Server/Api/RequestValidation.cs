using System.Text.RegularExpressions;
using OmniAlpha.Kernel.Live;
using OmniAlpha.Server.Ports;

namespace OmniAlpha.Server.Api;

/// <summary>Field checks of the request bodies and query parameters; each failure names its field.</summary>
internal static partial class RequestValidation
{
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    internal static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$")]
    internal static partial Regex SecretNamePattern();

    public static bool TryParseTradingState(string? text, out TradingState state)
    {
        state = default;
        // Enum.TryParse alone would also take "2" or "Active, Halted".
        return text is not null && text.All(char.IsLetter) && Enum.TryParse(text, ignoreCase: true, out state);
    }

    public static bool TryParseRole(string? text, out ApiRole role)
    {
        role = default;
        return text is not null && text.All(char.IsLetter) && Enum.TryParse(text, ignoreCase: true, out role);
    }

    /// <summary>A strategy id made from a script's file name ("SmaCross.cs" becomes "smacross").</summary>
    public static string IdFromFileName(string fileName)
    {
        string stem = Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant();
        var chars = stem.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-').ToArray();
        return new string(chars).Trim('-', '.', '_');
    }

    public static bool IsScriptFileName(string fileName) =>
        fileName.IndexOfAny(['/', '\\']) < 0 &&
        (fileName.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".js", StringComparison.OrdinalIgnoreCase)) &&
        fileName.Length > 3;

    /// <summary>Checks a page size; null means <paramref name="fallback"/>.</summary>
    public static bool TryPageSize(int? value, int fallback, int max, out int size)
    {
        size = value ?? fallback;
        return size >= 1 && size <= max;
    }
}
