using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Plugins.Csv.Tests;

/// <summary>An <see cref="ICsvRowObserver"/> sees the columns and the raw text of each row that became a bar.</summary>
public sealed class CsvRowObserverTests
{
    private const string Text = """
        Date,Open,High,Low,Close,Adj Close,Volume
        2014-01-02, 37.779999 ,38.029999,37.549999,37.84,35.166069,18162100
        2014-01-03,37.84,38.0,37.5,37.9,"35.2",100

        """;

    private sealed class Recorder : ICsvRowObserver
    {
        public List<string> Columns { get; } = [];
        public List<string> Rows { get; } = [];

        public void OnColumns(IReadOnlyList<string> columnNames) => Columns.AddRange(columnNames);

        public void OnRow(in Bar bar, CsvRow row) =>
            Rows.Add($"{row.LineNumber}|{row.Date}|{row.Field(1)}|{row.Field(5)}|{row.FieldCount}|{bar.Close}");
    }

    [Fact]
    public void Sees_the_header_then_each_row_with_trimmed_unquoted_fields_and_its_bar()
    {
        var recorder = new Recorder();

        var result = new CsvBarReader(CsvColumnMapping.Yahoo).Read(new StringReader(Text), "orcl.csv", "ORCL", null, recorder);

        Assert.Equal(["Date", "Open", "High", "Low", "Close", "Adj Close", "Volume"], recorder.Columns);
        Assert.Equal(["2|2014-01-02|37.779999|35.166069|7|37.84", "3|2014-01-03|37.84|35.2|7|37.9"], recorder.Rows);
        Assert.Equal(2, result.Series.Count);
    }

    [Fact]
    public void Rows_skipped_as_bad_are_not_shown()
    {
        var recorder = new Recorder();
        string text = Text.Replace("37.84,38.0,", "37.84,abc,");

        var result = new CsvBarReader(CsvColumnMapping.Yahoo, BadRowPolicy.Skip).Read(new StringReader(text), "orcl.csv", "ORCL", null, recorder);

        Assert.Single(recorder.Rows);
        Assert.Equal(1, result.SkippedRows);
    }

    [Fact]
    public void An_observer_rejecting_a_row_stops_the_read_with_its_error()
    {
        var error = Assert.Throws<DataFormatException>(() =>
            new CsvBarReader(CsvColumnMapping.Yahoo).Read(new StringReader(Text), "orcl.csv", "ORCL", null, new Rejecting()));

        Assert.Equal("orcl.csv:2: Adj Close: not wanted", error.Message);
    }

    private sealed class Rejecting : ICsvRowObserver
    {
        public void OnColumns(IReadOnlyList<string> columnNames) { }

        public void OnRow(in Bar bar, CsvRow row) => throw new DataFormatException(row.File, row.LineNumber, "Adj Close", "not wanted");
    }
}
