using OmniAlpha.Sdk.Data;

namespace OmniAlpha.Host.Indicators;

/// <summary>
/// The rows of one price file as <c>omnialpha indicators</c> feeds them to indicator functions: each row's date string as
/// written in the file, and the price columns as doubles parsed from their text (so values equal what other tools read
/// from the same file).
/// </summary>
internal sealed class PriceColumns
{
    /// <summary>Column names accepted by <c>--input0</c>/<c>--input1</c>, in the order they are listed.</summary>
    public static IReadOnlyList<string> StandardNames { get; } = ["open", "high", "low", "close", "volume"];

    /// <summary>Name of the adjusted-close column, present when the file has one.</summary>
    public const string AdjustedClose = "adjclose";

    private readonly Dictionary<string, double[]> _columns;
    private readonly Dictionary<string, DataFormatException> _problems;

    /// <param name="file">The file read.</param>
    /// <param name="dates">Each row's date text.</param>
    /// <param name="columns">Values by column name.</param>
    /// <param name="problems">Columns that could not be read, with their first bad row: reported only if the column is used.</param>
    public PriceColumns(string file, string[] dates, Dictionary<string, double[]> columns, Dictionary<string, DataFormatException> problems)
    {
        File = file;
        Dates = dates;
        _columns = columns;
        _problems = problems;
    }

    /// <summary>The file the rows were read from.</summary>
    public string File { get; }

    /// <summary>Each row's date text as written (date and time joined by one space when the file has a time column).</summary>
    public IReadOnlyList<string> Dates { get; }

    /// <summary>Number of rows.</summary>
    public int Count => Dates.Count;

    /// <summary>Names of the columns this file offers, in display order.</summary>
    public IEnumerable<string> Names => _columns.Keys;

    /// <summary>The column called <paramref name="name"/> (case-insensitive), or null when the file has none.</summary>
    /// <exception cref="DataFormatException">The column has a row that is not a number (file, line, field, problem).</exception>
    public double[]? Find(string name) =>
        _problems.TryGetValue(name, out var problem) ? throw problem : _columns.GetValueOrDefault(name);
}
