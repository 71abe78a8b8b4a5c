using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Plugins.SampleData;

/// <summary>
/// What the sample data source generates. The defaults give eight invented tickers with ten years
/// (2,520 weekday sessions) of daily bars from 2015-01-02.
/// </summary>
public sealed record SampleDataOptions
{
    /// <summary>The invented tickers used first, in order.</summary>
    public static IReadOnlyList<string> DefaultTickers { get; } = ["ALFA", "BRVO", "CHRL", "DLTA", "ECHO", "FXTR", "GOLF", "HTEL"];

    /// <summary>Seed of the whole data set; each symbol's series depends only on this seed and its ticker.</summary>
    public ulong Seed { get; init; } = 42;

    /// <summary>
    /// Number of symbols when <see cref="Tickers"/> is not given: the <see cref="DefaultTickers"/> first, then
    /// <c>S0009</c>, <c>S0010</c>, ... for larger sets (e.g. 500 symbols for benchmarks).
    /// </summary>
    public int SymbolCount { get; init; } = 8;

    /// <summary>Explicit tickers; when set, <see cref="SymbolCount"/> is ignored.</summary>
    public IReadOnlyList<string>? Tickers { get; init; }

    /// <summary>Date of the first session (moved forward to a weekday if needed).</summary>
    public DateOnly FirstDate { get; init; } = new(2015, 1, 2);

    /// <summary>Number of daily bars per symbol.</summary>
    public int BarCount { get; init; } = 2520;

    /// <summary>The symbols these options describe, in order.</summary>
    /// <exception cref="ArgumentException">Counts are negative or tickers repeat.</exception>
    public IReadOnlyList<Symbol> ResolveSymbols()
    {
        if (BarCount < 0) throw new ArgumentException($"BarCount must not be negative (was {BarCount}).");
        IEnumerable<string> tickers = Tickers ?? GeneratedTickers(SymbolCount);
        var symbols = new List<Symbol>();
        var seen = new HashSet<Symbol>();
        foreach (string ticker in tickers)
        {
            var symbol = new Symbol(ticker);
            if (!seen.Add(symbol)) throw new ArgumentException($"Ticker '{ticker}' appears twice in the sample data options.");
            symbols.Add(symbol);
        }
        return symbols;
    }

    private static IEnumerable<string> GeneratedTickers(int count)
    {
        if (count < 0) throw new ArgumentException($"SymbolCount must not be negative (was {count}).");
        for (int i = 0; i < count; i++)
            yield return i < DefaultTickers.Count ? DefaultTickers[i] : $"S{i + 1:D4}";
    }
}
