namespace OmniAlpha.Host.Serving;

/// <summary>The <c>Serve:Data</c> section: the replayed data set, read like <c>omnialpha backtest --data</c>.</summary>
internal sealed class ServeDataOptions
{
    /// <summary>CSV file or folder (one file per symbol), relative to the configuration file; null: the built-in sample data.</summary>
    public string? Path { get; set; }

    /// <summary>CSV layout preset (<c>yahoo</c>, <c>backtrader</c>).</summary>
    public string Format { get; set; } = "yahoo";

    /// <summary>JSON file with a CSV column mapping (overrides <see cref="Format"/>), relative to the configuration file.</summary>
    public string? Mapping { get; set; }

    /// <summary>First bar time replayed (UTC, inclusive); null: the start of the data.</summary>
    public DateTime? From { get; set; }

    /// <summary>Last bar time replayed (UTC, inclusive); null: the end of the data.</summary>
    public DateTime? To { get; set; }

    /// <summary><c>fail</c> (default) or <c>skip</c>: what a malformed data row does.</summary>
    public string OnBadRow { get; set; } = "fail";
}
