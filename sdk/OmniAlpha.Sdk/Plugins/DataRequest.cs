using OmniAlpha.Sdk.Data;

namespace OmniAlpha.Sdk.Plugins;

/// <summary>What the host asks of a data plugin for one run or session.</summary>
public sealed record DataRequest
{
    /// <summary>Where the data is (a file, folder, connection string or URL), or null for the plugin's default.</summary>
    public string? Location { get; init; }

    /// <summary>What to do with a malformed record.</summary>
    public BadRowPolicy OnBadRow { get; init; } = BadRowPolicy.Fail;

    /// <summary>Run-specific settings by name (e.g. the CSV plugin's <c>format</c> and <c>mapping</c>).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();
}
