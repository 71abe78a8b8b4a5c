using OmniAlpha.Host.Backtesting;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Host.Serving;

/// <summary>
/// The bars the service replays: every symbol of the configured data source (the built-in sample data, or CSV files
/// through the <c>csv</c> plugin, exactly as <c>omnialpha backtest --data</c> reads them), cut to Serve:Data:From/To.
/// Loaded once at start; the configured strategies' symbols must all be in it.
/// </summary>
internal sealed class ReplayDataSet
{
    private ReplayDataSet(string name, IReadOnlyList<BarSeries> series)
    {
        Name = name;
        Series = series;
        Instruments = series.Select(s => s.Instrument).ToArray();
        LastBarTimeUtc = series.Where(s => s.Count > 0).Select(s => s[s.Count - 1].EndTime).DefaultIfEmpty().Max();
    }

    /// <summary>The source's description (for the log).</summary>
    public string Name { get; }

    /// <summary>One series per symbol.</summary>
    public IReadOnlyList<BarSeries> Series { get; }

    /// <summary>The instruments strategies may trade.</summary>
    public IReadOnlyList<Instrument> Instruments { get; }

    /// <summary>End time of the last bar of the data set.</summary>
    public DateTime LastBarTimeUtc { get; }

    /// <summary>Opens and loads the data <paramref name="options"/> names.</summary>
    /// <exception cref="ServeConfigurationException">A configured strategy trades a symbol the data does not have, or the data is empty.</exception>
    public static ReplayDataSet Load(DataResolver resolver, ServeOptions options, ServeLocations locations)
    {
        var data = options.Data;
        var policy = data.OnBadRow == "skip" ? BadRowPolicy.Skip : BadRowPolicy.Fail;
        var source = resolver.Open(data.Path is null ? null : locations.Resolve(data.Path), data.Format,
            data.Mapping is null ? null : locations.Resolve(data.Mapping), policy);
        var series = new List<BarSeries>();
        foreach (var symbol in source.Symbols)
        {
            var loaded = source.Load(symbol, data.From, data.To);
            if (loaded.Count > 0) series.Add(loaded);
        }
        if (series.Count == 0)
            throw new ServeConfigurationException($"{ServeOptions.SectionName}:Data: no bars in {source.Name} between {data.From?.ToString("O") ?? "its start"} and {data.To?.ToString("O") ?? "its end"}");
        var known = series.Select(s => s.Symbol.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < options.Strategies.Count; i++)
        {
            var symbols = options.Strategies[i].Symbols;
            for (int j = 0; j < symbols.Count; j++)
            {
                if (!known.Contains(symbols[j]))
                    throw new ServeConfigurationException($"{ServeOptions.SectionName}:Strategies:{i}:Symbols:{j}: '{symbols[j]}' is not in the data set {source.Name} (it has {string.Join(", ", known.Order(StringComparer.Ordinal))})");
            }
        }
        return new ReplayDataSet(source.Name, series);
    }
}
