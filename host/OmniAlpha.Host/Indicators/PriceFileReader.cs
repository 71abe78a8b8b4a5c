using System.Globalization;
using OmniAlpha.Plugins.Csv;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Host.Indicators;

/// <summary>
/// Reads a price file for <c>omnialpha indicators</c> through the CSV plugin (<see cref="CsvBarReader"/>, so every row gets
/// the same checks and <c>file:line: field: problem</c> errors as in a backtest), keeping each row's raw date text and
/// parsing the price columns, plus an adjusted close when the file has one, as doubles from their text.
/// </summary>
internal sealed class PriceFileReader : ICsvRowObserver
{
    private static readonly Symbol AnySymbol = new("DATA");
    private const int Volume = 4;         // index of the volume in _indices/_values (open, high, low, close come first)
    private const int AdjustedClose = 5;  // index of the optional adjusted close

    private readonly CsvColumnMapping _mapping;
    private readonly List<string> _dates = new(4096);
    private readonly List<double>[] _values = [[], [], [], [], [], []];
    private readonly int[] _indices = new int[6]; // column of open, high, low, close, volume, adjclose; -1 when absent
    private readonly string[] _columnNames = new string[6];
    private DataFormatException? _adjustedCloseProblem; // Yahoo files may hold 'null' there; only an error if the column is used

    private PriceFileReader(CsvColumnMapping mapping) => _mapping = mapping;

    /// <summary>Reads <paramref name="path"/> laid out as <paramref name="mapping"/> says.</summary>
    /// <exception cref="DataFormatException">A row or the header is malformed.</exception>
    public static PriceColumns Read(string path, CsvColumnMapping mapping)
    {
        var reader = new PriceFileReader(mapping);
        new CsvBarReader(mapping).ReadFile(path, AnySymbol, reader);
        var columns = new Dictionary<string, double[]>(StringComparer.OrdinalIgnoreCase);
        for (int c = 0; c < reader._indices.Length; c++)
        {
            if (reader._indices[c] < 0 && c != Volume) continue; // a file without volume reads as volume 0, as in a backtest
            columns.Add(c == AdjustedClose ? PriceColumns.AdjustedClose : PriceColumns.StandardNames[c], [.. reader._values[c]]);
        }
        var problems = new Dictionary<string, DataFormatException>(StringComparer.OrdinalIgnoreCase);
        if (reader._adjustedCloseProblem is { } problem) problems.Add(PriceColumns.AdjustedClose, problem);
        return new PriceColumns(path, [.. reader._dates], columns, problems);
    }

    public void OnColumns(IReadOnlyList<string> columnNames)
    {
        string?[] wanted = [_mapping.OpenColumn, _mapping.HighColumn, _mapping.LowColumn, _mapping.CloseColumn, _mapping.VolumeColumn];
        for (int c = 0; c < _indices.Length; c++)
        {
            _indices[c] = -1;
            if (c < wanted.Length && wanted[c] is null) continue; // no volume column: volume reads as 0
            for (int i = 0; i < columnNames.Count && _indices[c] < 0; i++)
            {
                bool match = c < wanted.Length
                    ? string.Equals(columnNames[i], wanted[c], StringComparison.OrdinalIgnoreCase)
                    : IsAdjustedClose(columnNames[i]);
                if (match)
                {
                    _indices[c] = i;
                    _columnNames[c] = columnNames[i];
                }
            }
        }
    }

    public void OnRow(in Bar bar, CsvRow row)
    {
        _dates.Add(row.Time.IsEmpty ? row.Date.ToString() : $"{row.Date} {row.Time}");
        for (int c = 0; c < _indices.Length; c++)
        {
            if (_indices[c] < 0)
            {
                if (c == Volume) _values[c].Add(0);
                continue;
            }
            ReadOnlySpan<char> text = row.Field(_indices[c]);
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            {
                // Open to volume were checked by the CSV reader, so only the adjusted close can be malformed here.
                var problem = new DataFormatException(row.File, row.LineNumber, _columnNames[c],
                    text.IsEmpty ? "empty value" : $"cannot parse '{text}' as a number");
                if (c != AdjustedClose) throw problem;
                _adjustedCloseProblem ??= problem;
                value = double.NaN;
            }
            _values[c].Add(value);
        }
    }

    /// <summary>True for the usual spellings of an adjusted-close column: <c>Adj Close</c>, <c>adjclose</c>, <c>adj_close</c>, <c>Adjusted Close</c>.</summary>
    private static bool IsAdjustedClose(string name)
    {
        string compact = string.Concat(name.Where(char.IsLetter)).ToLowerInvariant();
        return compact is "adjclose" or "adjustedclose";
    }
}
