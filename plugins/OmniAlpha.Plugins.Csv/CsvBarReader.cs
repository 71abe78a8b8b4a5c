using System.Globalization;
using System.Text;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Plugins.Csv;

/// <summary>
/// Reads one CSV file of OHLCV rows into a <see cref="BarSeries"/>, following a <see cref="CsvColumnMapping"/>.
/// Every row is checked (field count, numbers, timestamps, <see cref="Bar.Validate"/>, strictly increasing time);
/// a bad row either stops the read with a <see cref="DataFormatException"/> (<c>file:line: field: problem</c>)
/// or, under <see cref="BadRowPolicy.Skip"/>, is skipped, counted and listed. A bad row never becomes a bar.
/// </summary>
/// <remarks>
/// Parsing works on spans over a reused buffer; the only per-row allocations are for error messages.
/// Blank lines are ignored anywhere (they carry no data); a UTF-8 byte-order mark is accepted.
/// Header problems always throw: without a layout no row can be read.
/// </remarks>
public sealed class CsvBarReader
{
    /// <summary>Default number of skipped-row issues kept per file.</summary>
    public const int DefaultMaxIssuesKept = 100;

    private readonly TimeZoneInfo _zone;

    /// <summary>Creates a reader.</summary>
    /// <param name="mapping">Layout of the files this reader reads.</param>
    /// <param name="policy">What to do with a malformed row.</param>
    /// <param name="maxIssuesKept">How many skipped-row issues to keep per file (all are counted).</param>
    /// <exception cref="ArgumentException">The mapping is inconsistent or names an unknown time zone.</exception>
    public CsvBarReader(CsvColumnMapping mapping, BadRowPolicy policy = BadRowPolicy.Fail, int maxIssuesKept = DefaultMaxIssuesKept)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentOutOfRangeException.ThrowIfNegative(maxIssuesKept);
        _zone = mapping.Validate();
        Mapping = mapping;
        Policy = policy;
        MaxIssuesKept = maxIssuesKept;
    }

    /// <summary>The layout this reader expects.</summary>
    public CsvColumnMapping Mapping { get; }

    /// <summary>What happens to malformed rows.</summary>
    public BadRowPolicy Policy { get; }

    /// <summary>How many skipped-row issues are kept per file.</summary>
    public int MaxIssuesKept { get; }

    /// <summary>
    /// Reads a file for <paramref name="symbol"/>, inferring a US equity whose tick size is 10^-d, d being the
    /// most decimals seen in any price (at least 2).
    /// </summary>
    /// <exception cref="DataFormatException">A row or the header is malformed (with <see cref="BadRowPolicy.Fail"/>).</exception>
    public CsvReadResult ReadFile(string path, Symbol symbol)
    {
        using var reader = OpenText(path);
        return Read(reader, path, symbol, instrument: null);
    }

    /// <summary>Reads a file for a known <paramref name="instrument"/> (no tick-size inference).</summary>
    /// <exception cref="DataFormatException">A row or the header is malformed (with <see cref="BadRowPolicy.Fail"/>).</exception>
    public CsvReadResult ReadFile(string path, Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        using var reader = OpenText(path);
        return Read(reader, path, instrument.Symbol, instrument);
    }

    /// <summary>Reads CSV text from <paramref name="text"/>; <paramref name="fileName"/> is used in error messages.</summary>
    /// <param name="text">The CSV content.</param>
    /// <param name="fileName">Name reported in issues.</param>
    /// <param name="symbol">Symbol of the bars.</param>
    /// <param name="instrument">The instrument, or null to infer a US equity from the prices' decimals.</param>
    /// <exception cref="DataFormatException">A row or the header is malformed (with <see cref="BadRowPolicy.Fail"/>).</exception>
    public CsvReadResult Read(TextReader text, string fileName, Symbol symbol, Instrument? instrument = null) =>
        Read(text, fileName, symbol, instrument, observer: null);

    /// <summary>
    /// Reads a file for <paramref name="symbol"/> as <see cref="ReadFile(string, Symbol)"/> does, also showing
    /// <paramref name="observer"/> the columns and the raw text of every row that became a bar.
    /// </summary>
    /// <exception cref="DataFormatException">A row or the header is malformed (with <see cref="BadRowPolicy.Fail"/>), or the observer rejected a row.</exception>
    public CsvReadResult ReadFile(string path, Symbol symbol, ICsvRowObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        using var reader = OpenText(path);
        return Read(reader, path, symbol, instrument: null, observer);
    }

    /// <summary>
    /// Reads CSV text as <see cref="Read(TextReader, string, Symbol, Instrument?)"/> does; when <paramref name="observer"/>
    /// is given it sees the columns and the raw text of every row that became a bar (for tools that need more than the bar).
    /// </summary>
    /// <exception cref="DataFormatException">A row or the header is malformed (with <see cref="BadRowPolicy.Fail"/>), or the observer rejected a row.</exception>
    public CsvReadResult Read(TextReader text, string fileName, Symbol symbol, Instrument? instrument, ICsvRowObserver? observer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        if (symbol.IsEmpty) throw new ArgumentException("A symbol is required.", nameof(symbol));
        if (instrument is not null && instrument.Symbol != symbol)
            throw new ArgumentException($"Instrument {instrument.Symbol} does not match symbol {symbol}.", nameof(instrument));

        var lines = new TextLineReader(text);
        int lineNumber = 0;
        CsvColumnLayout layout = ReadLayout(lines, fileName, ref lineNumber);
        var state = new RowState(fileName, symbol, layout, new CsvTimestampParser(Mapping, _zone), observer);
        observer?.OnColumns(layout.Names);
        var issues = new List<CsvRowIssue>();
        int skipped = 0;

        while (lines.TryReadLine(out ReadOnlySpan<char> line))
        {
            lineNumber++;
            if (line.IsWhiteSpace()) continue;
            CsvRowIssue? issue = ParseRow(line, lineNumber, ref state);
            if (issue is null) continue;
            if (Policy == BadRowPolicy.Fail) throw issue.ToException();
            skipped++;
            if (issues.Count < MaxIssuesKept) issues.Add(issue);
        }

        instrument ??= Instrument.UsEquity(symbol, TickSizeForDecimals(Math.Max(2, state.MaxPriceDecimals)));
        var series = new BarSeries(instrument, [.. state.Bars], Mapping.BarPeriod, skipped);
        return new CsvReadResult(series, issues);
    }

    /// <summary>Tick size 10^-<paramref name="decimals"/> as an exact decimal.</summary>
    internal static decimal TickSizeForDecimals(int decimals) => new(1, 0, 0, false, (byte)Math.Min(decimals, 28));

    private static StreamReader OpenText(string path) =>
        new(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true,
            new FileStreamOptions { Access = FileAccess.Read, Share = FileShare.Read, BufferSize = 1 << 16 });

    private CsvColumnLayout ReadLayout(TextLineReader lines, string fileName, ref int lineNumber)
    {
        if (Mapping.HasHeader)
        {
            if (!lines.TryReadLine(out ReadOnlySpan<char> header))
                throw new DataFormatException(fileName, 1, "header", "file is empty (no header line)");
            lineNumber = 1;
            if (Mapping.ColumnNames is null)
                return CsvColumnLayout.Resolve(SplitHeader(header), Mapping, fileName, fromHeader: true);
        }
        return CsvColumnLayout.Resolve(Mapping.ColumnNames!, Mapping, fileName, fromHeader: false);
    }

    private List<string> SplitHeader(ReadOnlySpan<char> header)
    {
        var names = new List<string>();
        foreach (Range range in header.Split(Mapping.Delimiter))
            names.Add(CleanField(header[range]).ToString());
        return names;
    }

    private CsvRowIssue? ParseRow(ReadOnlySpan<char> line, int lineNumber, ref RowState state)
    {
        CsvColumnLayout layout = state.Layout;
        string file = state.File;
        Span<Range> ranges = stackalloc Range[layout.FieldCount + 1];
        int count = line.Split(ranges, Mapping.Delimiter);
        if (count != layout.FieldCount)
        {
            int found = count > layout.FieldCount ? line.Count(Mapping.Delimiter) + 1 : count;
            return new CsvRowIssue(file, lineNumber, "row", $"expected {layout.FieldCount} fields, found {found}");
        }

        // Timestamp first: it is the leftmost column in every common layout, so errors name the first bad field.
        ReadOnlySpan<char> date = Field(line, ranges, layout.Timestamp);
        ReadOnlySpan<char> time = layout.Time >= 0 ? Field(line, ranges, layout.Time) : default;
        if (CheckPresent(date) is { } dateProblem) return new CsvRowIssue(file, lineNumber, Mapping.TimestampColumn, dateProblem);
        if (layout.Time >= 0 && CheckPresent(time) is { } timeProblem) return new CsvRowIssue(file, lineNumber, Mapping.TimeColumn!, timeProblem);
        if (state.Timestamps.TryParse(date, time, out DateTime endUtc) is { } stampProblem)
            return new CsvRowIssue(file, lineNumber, TimestampField, stampProblem);

        if (ParsePrice(Field(line, ranges, layout.Open), out decimal open) is { } p1) return new CsvRowIssue(file, lineNumber, Mapping.OpenColumn, p1);
        if (ParsePrice(Field(line, ranges, layout.High), out decimal high) is { } p2) return new CsvRowIssue(file, lineNumber, Mapping.HighColumn, p2);
        if (ParsePrice(Field(line, ranges, layout.Low), out decimal low) is { } p3) return new CsvRowIssue(file, lineNumber, Mapping.LowColumn, p3);
        if (ParsePrice(Field(line, ranges, layout.Close), out decimal close) is { } p4) return new CsvRowIssue(file, lineNumber, Mapping.CloseColumn, p4);
        decimal volume = 0m;
        if (layout.Volume >= 0 && ParseNumber(Field(line, ranges, layout.Volume), out volume) is { } p5)
            return new CsvRowIssue(file, lineNumber, Mapping.VolumeColumn!, p5);

        var bar = new Bar(state.Symbol, endUtc, open, high, low, close, volume);
        if (bar.Validate() is { } invalid)
        {
            // Bar.Validate answers "Field: problem" with the SDK's field names; report this file's column names.
            int colon = invalid.IndexOf(": ", StringComparison.Ordinal);
            return new CsvRowIssue(file, lineNumber, MappedName(invalid[..colon]), invalid[(colon + 2)..]);
        }

        if (state.Bars.Count > 0)
        {
            DateTime previous = state.Bars[^1].EndTime;
            if (endUtc == previous)
                return new CsvRowIssue(file, lineNumber, TimestampField, $"duplicate timestamp '{Shown(date, time)}' (same as line {state.LastLine})");
            if (endUtc < previous)
                return new CsvRowIssue(file, lineNumber, TimestampField, $"timestamp '{Shown(date, time)}' is out of order (earlier than line {state.LastLine})");
        }

        state.Bars.Add(bar);
        state.LastLine = lineNumber;
        state.Observer?.OnRow(in bar, new CsvRow(file, lineNumber, line, ranges[..count], date, time));
        int decimals = Math.Max(Math.Max(open.Scale, high.Scale), Math.Max(low.Scale, close.Scale));
        if (decimals > state.MaxPriceDecimals) state.MaxPriceDecimals = decimals;
        return null;
    }

    /// <summary>The field name reported for timestamp problems (both columns when the time is separate).</summary>
    private string TimestampField =>
        Mapping.TimeColumn is null ? Mapping.TimestampColumn : $"{Mapping.TimestampColumn}+{Mapping.TimeColumn}";

    /// <summary>Maps the SDK's canonical field names (Open, High, ...) to this file's column names.</summary>
    private string MappedName(string canonical) => canonical switch
    {
        "Open" => Mapping.OpenColumn,
        "High" => Mapping.HighColumn,
        "Low" => Mapping.LowColumn,
        "Close" => Mapping.CloseColumn,
        "Volume" => Mapping.VolumeColumn ?? "Volume",
        _ => canonical,
    };

    private string Shown(ReadOnlySpan<char> date, ReadOnlySpan<char> time) =>
        Mapping.TimeColumn is null ? date.ToString() : $"{date} {time}";

    private static ReadOnlySpan<char> Field(ReadOnlySpan<char> line, Span<Range> ranges, int index) => CleanField(line[ranges[index]]);

    private static string? CheckPresent(ReadOnlySpan<char> text) =>
        text.IsEmpty ? "empty value" : IsNull(text) ? "missing value 'null'" : null;

    /// <returns>Null on success, else the problem.</returns>
    private static string? ParsePrice(ReadOnlySpan<char> text, out decimal value)
    {
        if (ParseNumber(text, out value) is { } problem) return problem;
        return value > 0m ? null : $"price must be positive, found '{text}'";
    }

    /// <returns>Null on success, else the problem.</returns>
    private static string? ParseNumber(ReadOnlySpan<char> text, out decimal value)
    {
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)) return null;
        return CheckPresent(text) ?? $"cannot parse '{text}' as a number";
    }

    private static bool IsNull(ReadOnlySpan<char> text) => text.Equals("null", StringComparison.OrdinalIgnoreCase);

    /// <summary>Trims white space and one pair of surrounding double quotes.</summary>
    internal static ReadOnlySpan<char> CleanField(ReadOnlySpan<char> field)
    {
        field = field.Trim();
        if (field.Length >= 2 && field[0] == '"' && field[^1] == '"') field = field[1..^1].Trim();
        return field;
    }

    /// <summary>Per-file parsing state, kept together so the row parser stays allocation-free.</summary>
    private struct RowState(string file, Symbol symbol, CsvColumnLayout layout, CsvTimestampParser timestamps, ICsvRowObserver? observer)
    {
        public readonly ICsvRowObserver? Observer = observer;
        public readonly string File = file;
        public readonly Symbol Symbol = symbol;
        public readonly CsvColumnLayout Layout = layout;
        public readonly CsvTimestampParser Timestamps = timestamps;
        public readonly List<Bar> Bars = new(1024);
        public int LastLine;
        public int MaxPriceDecimals;
    }
}
