using OmniAlpha.Sdk.Data;

namespace OmniAlpha.Plugins.Csv;

/// <summary>Positions of the mapped columns within a row, resolved once per file from its header or the mapping.</summary>
internal sealed class CsvColumnLayout
{
    private CsvColumnLayout(IReadOnlyList<string> names)
    {
        Names = names;
        FieldCount = names.Count;
    }

    /// <summary>Column names in file order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Number of fields every row must have.</summary>
    public int FieldCount { get; }

    public int Timestamp { get; private init; }
    public int Time { get; private init; } = -1;
    public int Open { get; private init; }
    public int High { get; private init; }
    public int Low { get; private init; }
    public int Close { get; private init; }
    public int Volume { get; private init; } = -1;

    /// <summary>Resolves the mapping's columns among <paramref name="names"/>.</summary>
    /// <param name="names">Column names in file order.</param>
    /// <param name="mapping">The mapping naming the columns wanted.</param>
    /// <param name="file">File name for error messages.</param>
    /// <param name="fromHeader">True when the names come from the file's header (errors are then data errors).</param>
    public static CsvColumnLayout Resolve(IReadOnlyList<string> names, CsvColumnMapping mapping, string file, bool fromHeader)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < names.Count; i++)
        {
            if (!index.TryAdd(names[i], i) && names[i].Length > 0)
                Fail($"column '{names[i]}' appears twice");
        }

        int Find(string column)
        {
            if (!index.TryGetValue(column, out int i)) Fail($"missing column '{column}'");
            return i;
        }

        void Fail(string problem)
        {
            if (fromHeader) throw new DataFormatException(file, 1, "header", problem);
            throw new ArgumentException($"Invalid CSV column mapping: ColumnNames: {problem}.");
        }

        return new CsvColumnLayout(names)
        {
            Timestamp = Find(mapping.TimestampColumn),
            Time = mapping.TimeColumn is { } time ? Find(time) : -1,
            Open = Find(mapping.OpenColumn),
            High = Find(mapping.HighColumn),
            Low = Find(mapping.LowColumn),
            Close = Find(mapping.CloseColumn),
            Volume = mapping.VolumeColumn is { } volume ? Find(volume) : -1,
        };
    }
}
