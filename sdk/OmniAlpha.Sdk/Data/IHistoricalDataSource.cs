using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Sdk.Data;

/// <summary>A source of historical bars (files, a database, a vendor API).</summary>
public interface IHistoricalDataSource
{
    /// <summary>Display name (e.g. the folder or file it reads).</summary>
    string Name { get; }

    /// <summary>Symbols this source can provide, in a stable order.</summary>
    IReadOnlyList<Symbol> Symbols { get; }

    /// <summary>Loads a symbol's bars, optionally restricted to [from, to] (UTC, inclusive, by bar end time).</summary>
    /// <exception cref="DataFormatException">The underlying data is malformed (names file, line and field).</exception>
    /// <exception cref="KeyNotFoundException">The symbol is not available.</exception>
    BarSeries Load(Symbol symbol, DateTime? fromUtc = null, DateTime? toUtc = null);
}
