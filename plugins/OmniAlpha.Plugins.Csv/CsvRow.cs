namespace OmniAlpha.Plugins.Csv;

/// <summary>The raw text of one CSV row that became a bar, valid only during <see cref="ICsvRowObserver.OnRow"/>.</summary>
public readonly ref struct CsvRow
{
    private readonly ReadOnlySpan<char> _line;
    private readonly ReadOnlySpan<Range> _fields;

    internal CsvRow(string file, int lineNumber, ReadOnlySpan<char> line, ReadOnlySpan<Range> fields, ReadOnlySpan<char> date, ReadOnlySpan<char> time)
    {
        File = file;
        LineNumber = lineNumber;
        _line = line;
        _fields = fields;
        Date = date;
        Time = time;
    }

    /// <summary>File name, as used in error messages.</summary>
    public string File { get; }

    /// <summary>1-based line number in the file.</summary>
    public int LineNumber { get; }

    /// <summary>The timestamp column's text as written (trimmed, quotes removed), e.g. <c>2024-01-02</c>.</summary>
    public ReadOnlySpan<char> Date { get; }

    /// <summary>The separate time column's text, empty when the mapping has none.</summary>
    public ReadOnlySpan<char> Time { get; }

    /// <summary>Number of fields in the row (equal to the number of columns).</summary>
    public int FieldCount => _fields.Length;

    /// <summary>The text of field <paramref name="index"/> (trimmed, quotes removed).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a field of the row.</exception>
    public ReadOnlySpan<char> Field(int index)
    {
        if ((uint)index >= (uint)_fields.Length) throw new ArgumentOutOfRangeException(nameof(index), index, $"The row has {_fields.Length} fields.");
        return CsvBarReader.CleanField(_line[_fields[index]]);
    }
}
