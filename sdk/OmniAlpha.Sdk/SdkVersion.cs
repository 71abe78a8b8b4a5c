using System.Globalization;

namespace OmniAlpha.Sdk;

/// <summary>
/// A semantic version of the SDK contract (major.minor.patch). The host loads a plugin built against the same
/// major and an equal or lower minor (<see cref="CanLoad"/>); the patch never matters for compatibility.
/// </summary>
/// <param name="Major">Incremented on a breaking change of the public API.</param>
/// <param name="Minor">Incremented when members are added (a plugin built against it may use them).</param>
/// <param name="Patch">Incremented for fixes that change no API.</param>
public readonly record struct SdkVersion(int Major, int Minor, int Patch) : IComparable<SdkVersion>
{
    /// <summary>The version of the SDK this process runs (<see cref="SdkInfo.Version"/>).</summary>
    public static SdkVersion Current { get; } = Parse(SdkInfo.Version);

    /// <summary>
    /// Whether a host with this SDK version can load a plugin built against <paramref name="pluginSdk"/>:
    /// same major, and the plugin's minor not above this one's.
    /// </summary>
    public bool CanLoad(SdkVersion pluginSdk) => pluginSdk.Major == Major && pluginSdk.Minor <= Minor;

    /// <summary>Parses <c>major.minor.patch</c> or <c>major.minor</c> (patch 0); a <c>-prerelease</c> or <c>+build</c> suffix is ignored.</summary>
    /// <exception cref="FormatException">The text is not a version.</exception>
    public static SdkVersion Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException($"'{text}' is not a version (major.minor.patch, e.g. 1.0.0)");

    /// <summary>Parses like <see cref="Parse"/>; false when <paramref name="text"/> is not a version.</summary>
    public static bool TryParse(string? text, out SdkVersion version)
    {
        version = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        string core = text.Trim();
        int suffix = core.IndexOfAny(['-', '+']);
        if (suffix >= 0) core = core[..suffix];
        string[] parts = core.Split('.');
        if (parts.Length is < 2 or > 3) return false;
        int[] numbers = new int[3];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])) return false;
        }
        version = new SdkVersion(numbers[0], numbers[1], numbers[2]);
        return true;
    }

    /// <summary>Orders by major, then minor, then patch.</summary>
    public int CompareTo(SdkVersion other)
    {
        int major = Major.CompareTo(other.Major);
        if (major != 0) return major;
        int minor = Minor.CompareTo(other.Minor);
        return minor != 0 ? minor : Patch.CompareTo(other.Patch);
    }

    /// <summary><c>major.minor.patch</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}");
}
