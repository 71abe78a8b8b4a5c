using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Plugins.Csv;

/// <summary>
/// Sees what <see cref="CsvBarReader"/> reads beyond the bars: the file's columns, then the raw text of every row that
/// became a bar (its date string as written, extra columns such as <c>Adj Close</c>). Used by tools such as
/// <c>omnialpha indicators</c>; the backtest path reads without one and pays nothing for it.
/// </summary>
public interface ICsvRowObserver
{
    /// <summary>Called once, before any row, with the column names in file order (from the header or the mapping).</summary>
    void OnColumns(IReadOnlyList<string> columnNames);

    /// <summary>
    /// Called for each row that passed every check and became <paramref name="bar"/>, in file order. Throw a
    /// <see cref="OmniAlpha.Sdk.Data.DataFormatException"/> (with <see cref="CsvRow.File"/> and <see cref="CsvRow.LineNumber"/>)
    /// to reject the row; the read stops with it.
    /// </summary>
    void OnRow(in Bar bar, CsvRow row);
}
