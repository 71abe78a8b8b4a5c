using OmniAlpha.Sdk.Data;
using OmniAlpha.Tests.Shared;

namespace OmniAlpha.Plugins.Csv.Tests;

/// <summary>Every kind of bad input is reported as <c>file:line: field: problem</c>, and the skip policy skips exactly those rows.</summary>
public sealed class CsvBarReaderErrorTests
{
    private const string Good = "2014-01-02,10,11,9,10.5,10.5,100";

    [Fact]
    public void Missing_header_column_is_named()
    {
        Assert.Equal("t.csv:1: header: missing column 'Close'", CsvText.Error("Date,Open,High,Low,Adj Close,Volume\n"));
    }

    [Fact]
    public void Empty_file_has_no_header()
    {
        Assert.Equal("t.csv:1: header: file is empty (no header line)", CsvText.Error(""));
    }

    [Fact]
    public void Duplicated_header_column_is_ambiguous()
    {
        Assert.Equal("t.csv:1: header: column 'Open' appears twice", CsvText.Error("Date,Open,High,Low,Close,Open,Volume\n"));
    }

    [Fact]
    public void Header_errors_fail_even_under_the_skip_policy()
    {
        Assert.Throws<DataFormatException>(() => CsvText.Read("Date,Open\n", policy: BadRowPolicy.Skip));
    }

    [Theory]
    [InlineData("2014-01-03,10,11,9,10.5,100", "row: expected 7 fields, found 6")]
    [InlineData("2014-01-03,10,11,9,10.5,10.5,100,7,8", "row: expected 7 fields, found 9")]
    public void Wrong_field_count_is_reported_with_both_counts(string row, string expected)
    {
        Assert.Equal("t.csv:3: " + expected, CsvText.YahooError(Good, row));
    }

    [Theory]
    [InlineData("2014-01-03,1O.5,11,9,10.5,10.5,100", "Open: cannot parse '1O.5' as a number")]
    [InlineData("2014-01-03,10,11,9,10,5,10.5,100", "row: expected 7 fields, found 8")]
    [InlineData("2014-01-03,10,11,9,10.5,10.5,1 000", "Volume: cannot parse '1 000' as a number")]
    [InlineData("2014-01-03,10,,9,10.5,10.5,100", "High: empty value")]
    [InlineData("2014-01-03,null,null,null,null,null,null", "Open: missing value 'null'")]
    [InlineData("2014-01-03,10,11,9,10.5,10.5,null", "Volume: missing value 'null'")]
    [InlineData("null,10,11,9,10.5,10.5,100", "Date: missing value 'null'")]
    [InlineData(",10,11,9,10.5,10.5,100", "Date: empty value")]
    [InlineData("2014-13-01,10,11,9,10.5,10.5,100", "Date: cannot parse '2014-13-01' as a timestamp (expected yyyy-MM-dd)")]
    [InlineData("2014-02-30,10,11,9,10.5,10.5,100", "Date: cannot parse '2014-02-30' as a timestamp (expected yyyy-MM-dd)")]
    [InlineData("03/01/2014,10,11,9,10.5,10.5,100", "Date: cannot parse '03/01/2014' as a timestamp (expected yyyy-MM-dd)")]
    public void Unparsable_values_are_quoted(string row, string expected)
    {
        Assert.Equal("t.csv:3: " + expected, CsvText.YahooError(Good, row));
    }

    [Theory]
    [InlineData("2014-01-03,0,11,9,10.5,10.5,100", "Open: price must be positive, found '0'")]
    [InlineData("2014-01-03,10,11,-9,10.5,10.5,100", "Low: price must be positive, found '-9'")]
    [InlineData("2014-01-03,10,9,11,10.5,10.5,100", "High: high is below low")]
    [InlineData("2014-01-03,12,11,9,10.5,10.5,100", "Open: open is outside [low, high]")]
    [InlineData("2014-01-03,10,11,9,8.5,8.5,100", "Close: close is outside [low, high]")]
    [InlineData("2014-01-03,10,11,9,10.5,10.5,-1", "Volume: volume is negative")]
    public void Inconsistent_bars_are_rejected(string row, string expected)
    {
        Assert.Equal("t.csv:3: " + expected, CsvText.YahooError(Good, row));
    }

    [Fact]
    public void Bar_errors_name_the_files_own_column_names()
    {
        var mapping = CsvColumnMapping.Yahoo with { OpenColumn = "o", HighColumn = "h", LowColumn = "l", CloseColumn = "c", VolumeColumn = "v" };

        Assert.Equal("t.csv:2: h: high is below low", CsvText.Error("Date,o,h,l,c,v\n2014-01-02,10,9,11,10,1\n", mapping));
    }

    [Fact]
    public void Duplicate_timestamp_names_the_earlier_line()
    {
        Assert.Equal("t.csv:4: Date: duplicate timestamp '2014-01-02' (same as line 2)",
            CsvText.YahooError(Good, "", "2014-01-02,10,11,9,10.5,10.5,100"));
    }

    [Fact]
    public void Out_of_order_timestamp_names_the_later_line_it_precedes()
    {
        Assert.Equal("t.csv:3: Date: timestamp '2014-01-01' is out of order (earlier than line 2)",
            CsvText.YahooError(Good, "2014-01-01,10,11,9,10.5,10.5,100"));
    }

    [Fact]
    public void Date_with_a_time_of_day_is_rejected_for_date_only_data()
    {
        var mapping = CsvColumnMapping.Yahoo with { TimestampFormats = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm"] };

        Assert.Equal("t.csv:2: Date: '2014-01-02 10:00' has a time of day, but this mapping expects dates only",
            CsvText.Error(CsvText.YahooHeader + "\n2014-01-02 10:00,10,11,9,10.5,10.5,100\n", mapping));
    }

    [Fact]
    public void Errors_in_a_file_name_its_path()
    {
        using var folder = new TempDirectory();
        string path = folder.Write("bad.csv", CsvText.YahooHeader + "\n" + Good + "\n2014-01-03,10,11,9,x,10.5,100\n");

        var error = Assert.Throws<DataFormatException>(() => new CsvBarReader(CsvColumnMapping.Yahoo).ReadFile(path, "BAD"));

        Assert.Equal($"{path}:3: Close: cannot parse 'x' as a number", error.Message);
        Assert.Equal((path, 3, "Close", "cannot parse 'x' as a number"), (error.File, error.Line, error.Field, error.Problem));
    }

    [SkippableFact]
    public void Real_tick_file_with_a_repeated_timestamp_is_caught()
    {
        string path = SharedData.Require("backtrader/ticksample.csv");
        var mapping = CsvColumnMapping.BacktraderDaily with
        {
            TimestampColumn = "Datetime",
            TimestampFormats = ["yyyy-MM-dd'T'HH:mm:ss.fff"],
            DailyBarEnd = null,
            BarPeriod = TimeSpan.FromMilliseconds(1),
        };

        var error = Assert.Throws<DataFormatException>(() => new CsvBarReader(mapping).ReadFile(path, "FESX"));
        var skipped = new CsvBarReader(mapping, BadRowPolicy.Skip).ReadFile(path, "FESX");

        Assert.Equal($"{path}:24: Datetime: duplicate timestamp '2015-09-23T20:58:22.316' (same as line 23)", error.Message);
        Assert.Equal(134, skipped.Series.Count);
        Assert.Equal(1, skipped.SkippedRows);
    }

    [Fact]
    public void Skip_policy_skips_and_counts_bad_rows_and_keeps_their_issues_in_order()
    {
        string text = CsvText.YahooHeader + "\n" + string.Join("\n",
            "2014-01-02,10,11,9,10.5,10.5,100",
            "2014-01-03,null,null,null,null,null,null",
            "2014-01-06,10,11,9,10.5,10.5,100",
            "2014-01-06,10,11,9,10.5,10.5,100",
            "2014-01-07,10,9,11,10.5,10.5,100",
            "2014-01-08,10,11,9,10.5,10.5,100");

        var result = CsvText.Read(text, policy: BadRowPolicy.Skip);

        Assert.Equal(3, result.Series.Count);
        Assert.Equal(3, result.SkippedRows);
        Assert.Equal(3, result.Series.SkippedRows);
        Assert.Equal(
            [
                "t.csv:3: Open: missing value 'null'",
                "t.csv:5: Date: duplicate timestamp '2014-01-06' (same as line 4)",
                "t.csv:6: High: high is below low",
            ],
            result.Issues.Select(issue => issue.ToString()));
        Assert.Equal(new DateTime(2014, 1, 8, 21, 0, 0, DateTimeKind.Utc), result.Series[2].EndTime);
    }

    [Fact]
    public void Skip_policy_keeps_only_the_first_issues_but_counts_all()
    {
        var rows = Enumerable.Range(1, 10).Select(day => $"2014-02-{day:00},bad,11,9,10.5,10.5,100");
        var reader = new CsvBarReader(CsvColumnMapping.Yahoo, BadRowPolicy.Skip, maxIssuesKept: 3);

        var result = reader.Read(new StringReader(CsvText.YahooHeader + "\n" + string.Join("\n", rows)), "t.csv", "T");

        Assert.Equal(0, result.Series.Count);
        Assert.Equal(10, result.SkippedRows);
        Assert.Equal([2, 3, 4], result.Issues.Select(issue => issue.Line));
    }

    [Fact]
    public void An_issue_converts_to_the_exception_fail_mode_would_throw()
    {
        var issue = new CsvRowIssue("a.csv", 7, "Open", "cannot parse 'x' as a number");

        var exception = issue.ToException();

        Assert.Equal("a.csv:7: Open: cannot parse 'x' as a number", exception.Message);
        Assert.Equal(issue.ToString(), exception.Message);
    }
}
