using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace OmniAlpha.Host.Serving.Logging;

/// <summary>
/// Masks secrets in text that is about to be logged: every known secret value (registered with <see cref="Add"/>: the
/// secret store's values, configured API keys, values of configuration keys that look secret) wherever it appears, and
/// the value in <c>name=value</c> / <c>name: value</c> pairs whose name looks secret. Thread-safe; lock-free reads.
/// </summary>
internal sealed partial class SecretRedactor
{
    /// <summary>What a masked secret is replaced with.</summary>
    public const string Mask = "***";

    /// <summary>Shorter values are not masked by value: masking "ab" everywhere would wreck every log line.</summary>
    public const int MinimumSecretLength = 6;

    private ImmutableArray<string> _secrets = [];

    /// <summary>The known secret values, longest first (so a secret containing another is masked whole).</summary>
    public IReadOnlyList<string> Secrets => _secrets;

    /// <summary>Registers <paramref name="secret"/> so it is masked wherever it appears; values shorter than <see cref="MinimumSecretLength"/> are ignored.</summary>
    public void Add(string? secret)
    {
        if (secret is null || secret.Trim().Length < MinimumSecretLength) return;
        ImmutableInterlocked.Update(ref _secrets, list => list.Contains(secret)
            ? list
            : list.Add(secret).Sort((a, b) => b.Length.CompareTo(a.Length)));
    }

    /// <summary>True when a property or setting of this name holds a secret (password, secret, api key, token, key...).</summary>
    public static bool IsSecretName(string name) => SecretName().IsMatch(name);

    /// <summary>True when <paramref name="text"/> holds a known secret or a secret-looking name=value pair.</summary>
    public bool NeedsRedaction(string text)
    {
        foreach (string secret in _secrets)
            if (text.Contains(secret, StringComparison.Ordinal)) return true;
        return SecretPair().IsMatch(text);
    }

    /// <summary><paramref name="text"/> with every secret replaced by <see cref="Mask"/>.</summary>
    public string Redact(string text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        foreach (string secret in _secrets)
            if (text.Contains(secret, StringComparison.Ordinal)) text = text.Replace(secret, Mask, StringComparison.Ordinal);
        return SecretPair().Replace(text, m => m.Groups["name"].Value + m.Groups["sep"].Value + Mask);
    }

    // "key" alone counts (ApiKey, SecretsKey, X-Api-Key) but not words that merely contain it (Keyboard, monkey, KeyboardLayout).
    [GeneratedRegex(@"(password|passwd|pwd|secret|api[-_]?key|token|credential|private[-_]?key|(^|[-_.:]|[a-z])key$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretName();

    [GeneratedRegex(@"(?<name>\b(?:password|passwd|pwd|secret|api[-_]?key|x-api-key|token|access[-_]?token|admin[-_]?key|secrets[-_]?key)\b)(?<sep>\s*[=:]\s*""?)(?!\*\*\*)[^\s"",;&]+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretPair();
}
