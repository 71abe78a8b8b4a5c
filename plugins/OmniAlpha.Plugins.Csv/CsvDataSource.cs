using System.Collections.Concurrent;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Plugins.Csv;

/// <summary>
/// Historical bars from CSV files: one file per symbol, either every <c>*.csv</c> and <c>*.txt</c> file of a
/// folder (symbol taken from the file name) or an explicit symbol-to-file map. Files are read lazily on the
/// first <see cref="Load"/> of their symbol and cached; later loads only slice the cached series.
/// </summary>
/// <remarks>
/// Thread-safe: concurrent loads of one symbol read its file once; different symbols load in parallel.
/// A file that fails to load keeps failing with the same error (the failure is cached like a result).
/// </remarks>
public sealed class CsvDataSource : IHistoricalDataSource, ISkippedRowReport
{
    private readonly CsvBarReader _reader;
    private readonly Func<Symbol, Instrument?>? _instruments;
    private readonly Dictionary<Symbol, string> _files;
    private readonly ConcurrentDictionary<Symbol, Lazy<CsvReadResult>> _loaded = new();
    private readonly List<CsvRowIssue> _issues = [];
    private readonly Lock _gate = new();

    /// <summary>Creates a source over one file or a folder of files.</summary>
    /// <param name="path">A CSV file, or a folder whose <c>*.csv</c> and <c>*.txt</c> files are each one symbol.</param>
    /// <param name="reader">Reader (mapping and bad-row policy) applied to every file.</param>
    /// <param name="instruments">Optional instrument per symbol; when it returns null the reader infers a US equity.</param>
    /// <exception cref="FileNotFoundException">The path is neither a file nor a folder.</exception>
    /// <exception cref="ArgumentException">Two files give the same symbol, or a file name gives no usable symbol.</exception>
    public CsvDataSource(string path, CsvBarReader reader, Func<Symbol, Instrument?>? instruments = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
        _instruments = instruments;
        Name = path;
        _files = [];
        foreach (string file in ListFiles(path))
        {
            Symbol symbol = SymbolFromFileName(file);
            if (!_files.TryAdd(symbol, file))
                throw new ArgumentException($"Files '{_files[symbol]}' and '{file}' both give symbol {symbol}; pass an explicit symbol-to-file map instead.", nameof(path));
        }
        Symbols = [.. _files.Keys];
    }

    /// <summary>Creates a source over one file or a folder, read with <paramref name="mapping"/> and <paramref name="policy"/>.</summary>
    /// <exception cref="FileNotFoundException">The path is neither a file nor a folder.</exception>
    /// <exception cref="ArgumentException">Two files give the same symbol, or the mapping is invalid.</exception>
    public CsvDataSource(string path, CsvColumnMapping mapping, BadRowPolicy policy = BadRowPolicy.Fail)
        : this(path, new CsvBarReader(mapping, policy))
    {
    }

    /// <summary>Creates a source over explicitly named files, one per symbol.</summary>
    /// <param name="files">File path per symbol.</param>
    /// <param name="reader">Reader (mapping and bad-row policy) applied to every file.</param>
    /// <param name="instruments">Optional instrument per symbol; when it returns null the reader infers a US equity.</param>
    /// <exception cref="FileNotFoundException">A mapped file does not exist.</exception>
    public CsvDataSource(IReadOnlyDictionary<Symbol, string> files, CsvBarReader reader, Func<Symbol, Instrument?>? instruments = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
        _instruments = instruments;
        _files = [];
        foreach (var (symbol, file) in files.OrderBy(pair => pair.Key.Value, StringComparer.OrdinalIgnoreCase))
        {
            if (!File.Exists(file)) throw new FileNotFoundException($"Data file for {symbol} not found: {file}", file);
            _files.Add(symbol, file);
        }
        Symbols = [.. _files.Keys];
        Name = string.Join(", ", _files.Select(pair => $"{pair.Key}={pair.Value}"));
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IReadOnlyList<Symbol> Symbols { get; }

    /// <summary>Issues of skipped rows in every file loaded so far, in load order (each file's list is capped by the reader).</summary>
    public IReadOnlyList<CsvRowIssue> Issues
    {
        get
        {
            lock (_gate) return [.. _issues];
        }
    }

    /// <inheritdoc />
    IReadOnlyList<string> ISkippedRowReport.SkippedRows => Issues.Select(issue => issue.ToString()).ToArray();

    /// <summary>The file a symbol is read from.</summary>
    /// <exception cref="KeyNotFoundException">The symbol is not available.</exception>
    public string FileOf(Symbol symbol) => _files.TryGetValue(symbol, out string? file) ? file : throw UnknownSymbol(symbol);

    /// <inheritdoc />
    public BarSeries Load(Symbol symbol, DateTime? fromUtc = null, DateTime? toUtc = null)
    {
        string file = FileOf(symbol);
        CsvReadResult result = _loaded.GetOrAdd(symbol, key => new Lazy<CsvReadResult>(() => Read(key, file))).Value;
        return result.Series.Slice(fromUtc, toUtc);
    }

    /// <summary>
    /// The symbol a file name stands for: the name up to the first <c>-</c>, <c>_</c> or <c>.</c>, upper-cased
    /// (<c>orcl-1995-2014.txt</c> gives ORCL, <c>SPY.csv</c> gives SPY).
    /// </summary>
    /// <exception cref="ArgumentException">The name starts with one of those characters, so gives no symbol.</exception>
    public static Symbol SymbolFromFileName(string path)
    {
        string name = Path.GetFileName(path);
        int cut = name.AsSpan().IndexOfAny('-', '_', '.');
        string stem = cut < 0 ? name : name[..cut];
        if (stem.Length == 0 || stem.Any(char.IsWhiteSpace) || stem.Contains(','))
            throw new ArgumentException($"File name '{name}' does not start with a usable symbol.", nameof(path));
        return new Symbol(stem.ToUpperInvariant());
    }

    private CsvReadResult Read(Symbol symbol, string file)
    {
        Instrument? instrument = _instruments?.Invoke(symbol);
        CsvReadResult result = instrument is null ? _reader.ReadFile(file, symbol) : _reader.ReadFile(file, instrument);
        lock (_gate) _issues.AddRange(result.Issues);
        return result;
    }

    private static IEnumerable<string> ListFiles(string path)
    {
        if (File.Exists(path)) return [path];
        if (!Directory.Exists(path)) throw new FileNotFoundException($"No such file or folder: {path}", path);
        return Directory.EnumerateFiles(path)
            .Where(file => file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private KeyNotFoundException UnknownSymbol(Symbol symbol) =>
        new($"Symbol '{symbol}' is not in {Name}; available: {(Symbols.Count == 0 ? "none" : string.Join(", ", Symbols))}.");
}
