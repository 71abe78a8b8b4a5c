using System.Collections.Concurrent;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Plugins.SampleData;

/// <summary>
/// A built-in source of invented but realistic daily bars, so a first backtest runs without any data files and
/// benchmarks can have data sets of any size. Same options, same bars, on every machine (see
/// <see cref="SampleBarGenerator"/>). Instruments are US equities with one-cent ticks and whole-share lots;
/// bars end at 16:00 New York time on weekdays (holidays are not modelled).
/// </summary>
/// <remarks>Symbols are generated on their first <see cref="Load"/> and cached; thread-safe.</remarks>
public sealed class SampleDataSource : IHistoricalDataSource
{
    private readonly HashSet<Symbol> _known;
    private readonly Lazy<DateTime[]> _sessionEnds;
    private readonly ConcurrentDictionary<Symbol, Lazy<BarSeries>> _series = new();

    /// <summary>Creates a source for <paramref name="options"/> (defaults when null).</summary>
    /// <exception cref="ArgumentException">The options are invalid (negative counts, repeated tickers).</exception>
    public SampleDataSource(SampleDataOptions? options = null)
    {
        Options = options ?? new SampleDataOptions();
        Symbols = Options.ResolveSymbols();
        _known = [.. Symbols];
        // All symbols share one calendar, so time zone conversion is paid once, not per symbol.
        _sessionEnds = new Lazy<DateTime[]>(() => BusinessDayCalendar.SessionEnds(Options.FirstDate, Options.BarCount));
    }

    /// <summary>The options this source generates.</summary>
    public SampleDataOptions Options { get; }

    /// <inheritdoc />
    public string Name => $"sample (seed {Options.Seed}, {Symbols.Count} symbols x {Options.BarCount} daily bars)";

    /// <inheritdoc />
    public IReadOnlyList<Symbol> Symbols { get; }

    /// <inheritdoc />
    public BarSeries Load(Symbol symbol, DateTime? fromUtc = null, DateTime? toUtc = null)
    {
        if (!_known.Contains(symbol))
            throw new KeyNotFoundException($"Symbol '{symbol}' is not in the sample data; available: {string.Join(", ", Symbols.Take(20))}{(Symbols.Count > 20 ? ", ..." : "")}.");
        BarSeries series = _series.GetOrAdd(symbol, key => new Lazy<BarSeries>(
            () => SampleBarGenerator.Generate(Canonical(key), Options.Seed, _sessionEnds.Value))).Value;
        return series.Slice(fromUtc, toUtc);
    }

    /// <summary>The symbol as the options spell it, so bars carry the configured ticker whatever case was asked for.</summary>
    private Symbol Canonical(Symbol symbol) => _known.TryGetValue(symbol, out Symbol actual) ? actual : symbol;
}
