using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Tests.Shared;

namespace OmniAlpha.Plugins.Csv.Tests;

/// <summary>A folder (or a symbol map) of CSV files as a historical data source.</summary>
public sealed class CsvDataSourceTests
{
    private const string OneBar = CsvText.YahooHeader + "\n2014-01-02,10,11,9,10.5,10.5,100\n";

    [Theory]
    [InlineData("orcl-1995-2014.txt", "ORCL")]
    [InlineData("SPY.csv", "SPY")]
    [InlineData("brk_b.csv", "BRK")]
    [InlineData("/data/daily/msft.2020.txt", "MSFT")]
    [InlineData("qqq", "QQQ")]
    public void Symbol_is_the_file_name_up_to_the_first_separator_upper_cased(string file, string symbol)
    {
        Assert.Equal(new Symbol(symbol), CsvDataSource.SymbolFromFileName(file));
        Assert.Equal(symbol, CsvDataSource.SymbolFromFileName(file).Value);
    }

    [Fact]
    public void File_name_starting_with_a_separator_gives_no_symbol()
    {
        Assert.Throws<ArgumentException>(() => CsvDataSource.SymbolFromFileName("-2014.csv"));
    }

    [SkippableFact]
    public void Folder_of_yahoo_files_offers_one_symbol_per_file_in_name_order()
    {
        using var folder = new TempDirectory();
        foreach (string name in new[] { "yhoo-2014.txt", "orcl-2014.txt", "nvda-2014.txt" })
            folder.Copy(SharedData.Require("backtrader/" + name));
        folder.Write("README.md", "not data");

        var source = new CsvDataSource(folder.Path, CsvColumnMapping.Yahoo);

        Assert.Equal([new Symbol("NVDA"), new Symbol("ORCL"), new Symbol("YHOO")], source.Symbols);
        Assert.Equal(folder.Path, source.Name);
        foreach (Symbol symbol in source.Symbols)
        {
            BarSeries series = source.Load(symbol);
            Assert.Equal(252, series.Count);
            Assert.Equal(symbol, series.Symbol);
        }
        Assert.Equal(15.860000m, source.Load("nvda")[0].Close);
    }

    [SkippableFact]
    public void Shared_backtrader_folder_is_refused_because_several_files_give_one_symbol()
    {
        string folder = SharedData.Require("backtrader");

        var error = Assert.Throws<ArgumentException>(() => new CsvDataSource(folder, CsvColumnMapping.Yahoo));

        // In ordinal name order the first clash is two files whose names start with "2006".
        Assert.StartsWith($"Files '{Path.Combine(folder, "2006-01-02-volume-min-001.txt")}' and '{Path.Combine(folder, "2006-day-001.txt")}' both give symbol 2006", error.Message);
    }

    [Fact]
    public void Two_files_with_the_same_symbol_are_named_in_the_error()
    {
        using var folder = new TempDirectory();
        string first = folder.Write("spy-2019.csv", OneBar);
        string second = folder.Write("SPY_2020.csv", OneBar);

        var error = Assert.Throws<ArgumentException>(() => new CsvDataSource(folder.Path, CsvColumnMapping.Yahoo));

        // Ordinal name order puts upper-case "SPY_2020.csv" before "spy-2019.csv".
        Assert.StartsWith($"Files '{second}' and '{first}' both give symbol SPY; pass an explicit symbol-to-file map instead.", error.Message);
    }

    [Fact]
    public void Explicit_symbol_map_resolves_clashes_and_lists_symbols_in_order()
    {
        using var folder = new TempDirectory();
        var files = new Dictionary<Symbol, string>
        {
            ["SPY"] = folder.Write("spy-2019.csv", OneBar),
            ["IVV"] = folder.Write("SPY_2020.csv", OneBar),
        };

        var source = new CsvDataSource(files, new CsvBarReader(CsvColumnMapping.Yahoo));

        Assert.Equal([new Symbol("IVV"), new Symbol("SPY")], source.Symbols);
        Assert.Equal(new Symbol("IVV"), source.Load("IVV").Symbol);
        Assert.Equal(files["SPY"], source.FileOf("SPY"));
    }

    [Fact]
    public void Explicit_map_to_a_missing_file_is_refused()
    {
        var files = new Dictionary<Symbol, string> { ["SPY"] = "/nonexistent/spy.csv" };

        Assert.Throws<FileNotFoundException>(() => new CsvDataSource(files, new CsvBarReader(CsvColumnMapping.Yahoo)));
    }

    [Fact]
    public void Single_file_source_offers_its_symbol()
    {
        using var folder = new TempDirectory();
        string path = folder.Write("aapl.csv", OneBar);

        var source = new CsvDataSource(path, CsvColumnMapping.Yahoo);

        Assert.Equal([new Symbol("AAPL")], source.Symbols);
    }

    [Fact]
    public void Missing_path_is_refused()
    {
        Assert.Throws<FileNotFoundException>(() => new CsvDataSource("/nonexistent/folder", CsvColumnMapping.Yahoo));
    }

    [Fact]
    public void Unknown_symbol_names_the_available_ones()
    {
        using var folder = new TempDirectory();
        folder.Write("aapl.csv", OneBar);
        folder.Write("msft.csv", OneBar);
        var source = new CsvDataSource(folder.Path, CsvColumnMapping.Yahoo);

        var error = Assert.Throws<KeyNotFoundException>(() => source.Load("GOOG"));

        Assert.Equal($"Symbol 'GOOG' is not in {folder.Path}; available: AAPL, MSFT.", error.Message);
    }

    [Fact]
    public void Load_reads_lazily_caches_and_slices_by_bar_end_time()
    {
        using var folder = new TempDirectory();
        string path = folder.Write("aapl.csv", CsvText.YahooHeader + "\n" + string.Join("\n",
            "2014-01-02,10,11,9,10.5,10.5,100",
            "2014-01-03,10,11,9,10.5,10.5,100",
            "2014-01-06,10,11,9,10.5,10.5,100"));
        var source = new CsvDataSource(folder.Path, CsvColumnMapping.Yahoo);

        var all = source.Load("AAPL");
        File.Delete(path); // cached: later loads never touch the file again
        var middle = source.Load("AAPL", new DateTime(2014, 1, 3, 21, 0, 0, DateTimeKind.Utc), new DateTime(2014, 1, 3, 21, 0, 0, DateTimeKind.Utc));
        var fromSecond = source.Load("AAPL", fromUtc: new DateTime(2014, 1, 3, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(3, all.Count);
        Assert.Equal(1, middle.Count);
        Assert.Equal(new DateTime(2014, 1, 3, 21, 0, 0, DateTimeKind.Utc), middle[0].EndTime);
        Assert.Equal(2, fromSecond.Count);
    }

    [Fact]
    public void Malformed_file_fails_on_load_with_its_location()
    {
        using var folder = new TempDirectory();
        string path = folder.Write("aapl.csv", CsvText.YahooHeader + "\n2014-01-02,10,11,9,oops,10.5,100\n");
        var source = new CsvDataSource(folder.Path, CsvColumnMapping.Yahoo);

        var error = Assert.Throws<DataFormatException>(() => source.Load("AAPL"));

        Assert.Equal($"{path}:2: Close: cannot parse 'oops' as a number", error.Message);
    }

    [Fact]
    public void Skip_policy_collects_issues_of_loaded_files()
    {
        using var folder = new TempDirectory();
        string path = folder.Write("aapl.csv", CsvText.YahooHeader + "\n2014-01-02,10,11,9,10.5,10.5,100\n2014-01-03,null,null,null,null,null,null\n");
        var source = new CsvDataSource(folder.Path, CsvColumnMapping.Yahoo, BadRowPolicy.Skip);

        Assert.Empty(source.Issues);
        var series = source.Load("AAPL");

        Assert.Equal(1, series.SkippedRows);
        Assert.Equal([$"{path}:3: Open: missing value 'null'"], source.Issues.Select(issue => issue.ToString()));
    }

    [Fact]
    public void Supplied_instruments_override_inference()
    {
        using var folder = new TempDirectory();
        folder.Write("es.csv", OneBar);
        var future = new Instrument("ES", AssetClass.Future, "CME", "USD", 0.25m, 1m, 50m, "America/Chicago");

        var source = new CsvDataSource(folder.Path, new CsvBarReader(CsvColumnMapping.Yahoo), symbol => symbol == "ES" ? future : null);

        Assert.Same(future, source.Load("ES").Instrument);
    }
}
