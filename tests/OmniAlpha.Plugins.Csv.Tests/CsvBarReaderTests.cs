using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Tests.Shared;

namespace OmniAlpha.Plugins.Csv.Tests;

/// <summary>Reading real files and the reader's general behaviour (BOM, blank lines, instrument inference).</summary>
public sealed class CsvBarReaderTests
{
    private static readonly CsvBarReader Yahoo = new(CsvColumnMapping.Yahoo);

    [SkippableFact]
    public void Yahoo_file_reads_every_row_with_exact_prices_and_close_time_in_utc()
    {
        string path = SharedData.Require("backtrader/orcl-2014.txt");

        BarSeries series = Yahoo.ReadFile(path, "ORCL").Series;

        Assert.Equal(252, series.Count);
        Assert.Equal(0, series.SkippedRows);
        Assert.Equal(TimeSpan.FromDays(1), series.Period);
        var first = series[0];
        Assert.Equal(new Symbol("ORCL"), first.Symbol);
        Assert.Equal(new DateTime(2014, 1, 2, 21, 0, 0, DateTimeKind.Utc), first.EndTime);
        Assert.Equal(DateTimeKind.Utc, first.EndTime.Kind);
        Assert.Equal(37.779999m, first.Open);
        Assert.Equal(38.029999m, first.High);
        Assert.Equal(37.549999m, first.Low);
        Assert.Equal(37.840000m, first.Close); // Close, not Adj Close (35.166069)
        Assert.Equal(18162100m, first.Volume);
        Assert.Equal(new DateTime(2014, 12, 31, 21, 0, 0, DateTimeKind.Utc), series[^1].EndTime);
    }

    [SkippableFact]
    public void Summer_close_is_20_00_utc_because_new_york_is_on_daylight_time()
    {
        string path = SharedData.Require("backtrader/orcl-2014.txt");

        BarSeries series = Yahoo.ReadFile(path, "ORCL").Series;

        var july1 = series.Slice(new DateTime(2014, 7, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2014, 7, 2, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(1, july1.Count);
        Assert.Equal(new DateTime(2014, 7, 1, 20, 0, 0, DateTimeKind.Utc), july1[0].EndTime);
        Assert.Equal(40.770000m, july1[0].Close);
    }

    [SkippableFact]
    public void Inferred_instrument_is_a_us_equity_ticking_in_the_files_finest_decimal()
    {
        string path = SharedData.Require("backtrader/orcl-2014.txt");

        Instrument instrument = Yahoo.ReadFile(path, "ORCL").Series.Instrument;

        Assert.Equal(Instrument.UsEquity("ORCL", 0.000001m), instrument);
        Assert.Equal(6, instrument.PricePrecision);
    }

    [SkippableFact]
    public void Long_yahoo_files_read_to_their_documented_row_counts()
    {
        Assert.Equal(5036, Yahoo.ReadFile(SharedData.Require("backtrader/orcl-1995-2014.txt"), "ORCL").Series.Count);
        Assert.Equal(4965, Yahoo.ReadFile(SharedData.Require("backtrader/yhoo-1996-2015.txt"), "YHOO").Series.Count);
        Assert.Equal(252, Yahoo.ReadFile(SharedData.Require("backtrader/nvda-2014.txt"), "NVDA").Series.Count);
    }

    [SkippableFact]
    public void Backtrader_daily_file_reads_with_its_preset()
    {
        string path = SharedData.Require("backtrader/2006-day-001.txt");

        BarSeries series = new CsvBarReader(CsvColumnMapping.BacktraderDaily).ReadFile(path, "SX5E").Series;

        Assert.Equal(255, series.Count);
        Assert.Equal(new DateTime(2006, 1, 2, 23, 59, 59, DateTimeKind.Utc), series[0].EndTime);
        Assert.Equal(3604.33m, series[0].Close);
        Assert.Equal(4119.94m, series[^1].Close);
        Assert.Equal(0.01m, series.Instrument.TickSize);
    }

    [SkippableFact]
    public void Backtrader_intraday_file_joins_date_and_time_columns()
    {
        string path = SharedData.Require("backtrader/2006-min-005.txt");

        BarSeries series = new CsvBarReader(CsvColumnMapping.BacktraderIntraday(TimeSpan.FromMinutes(5))).ReadFile(path, "SX5E").Series;

        Assert.Equal(2142, series.Count);
        Assert.Equal(TimeSpan.FromMinutes(5), series.Period);
        Assert.False(series.IsDaily);
        Assert.Equal(new DateTime(2006, 1, 2, 9, 5, 0, DateTimeKind.Utc), series[0].EndTime);
        Assert.Equal(new DateTime(2006, 1, 30, 17, 30, 0, DateTimeKind.Utc), series[^1].EndTime);
        Assert.Equal(3677.52m, series[^1].Close);
    }

    [SkippableFact]
    public void File_with_a_wrong_header_reads_with_explicit_column_names_and_crlf_endings()
    {
        string path = SharedData.Require("backtrader/2006-01-02-volume-min-001.txt");
        var mapping = CsvColumnMapping.BacktraderIntraday(TimeSpan.FromMinutes(1)) with
        {
            ColumnNames = ["Date", "Time", "Open", "High", "Low", "Close", "Volume", "OpenInterest"],
        };

        BarSeries series = new CsvBarReader(mapping).ReadFile(path, "FESX").Series;

        Assert.Equal(30889, series.Count);
        Assert.Equal(new DateTime(2006, 2, 27, 22, 0, 0, DateTimeKind.Utc), series[^1].EndTime);
        Assert.Equal(327m, series[^1].Volume);
    }

    [SkippableFact]
    public void The_same_file_misread_by_its_own_header_fails_on_the_first_row()
    {
        string path = SharedData.Require("backtrader/2006-01-02-volume-min-001.txt");

        var error = Assert.Throws<DataFormatException>(() => new CsvBarReader(CsvColumnMapping.BacktraderDaily).ReadFile(path, "FESX"));

        Assert.Equal($"{path}:2: row: expected 7 fields, found 8", error.Message);
    }

    [Fact]
    public void Caller_supplied_instrument_is_used_as_is()
    {
        var instrument = Instrument.UsEquity("SPY", 0.01m);
        string text = CsvText.YahooHeader + "\n2014-01-02,1.123456,1.2,1.1,1.15,1.15,100\n";

        var result = new CsvBarReader(CsvColumnMapping.Yahoo).Read(new StringReader(text), "spy.csv", "SPY", instrument);

        Assert.Same(instrument, result.Series.Instrument);
    }

    [Fact]
    public void Tick_size_is_at_least_a_cent()
    {
        var result = CsvText.Yahoo("2014-01-02,10,11,9,10.5,10.5,100");

        Assert.Equal(0.01m, result.Series.Instrument.TickSize);
    }

    [Fact]
    public void Byte_order_mark_blank_lines_and_crlf_are_accepted()
    {
        using var folder = new TempDirectory();
        string path = Path.Combine(folder.Path, "x.csv");
        File.WriteAllText(path, "\uFEFF" + CsvText.YahooHeader + "\r\n2014-01-02,10,11,9,10.5,10.5,100\r\n\r\n2014-01-03,10,11,9,10.5,10.5,100\r\n\r\n\r\n",
            new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

        var series = Yahoo.ReadFile(path, "X").Series;

        Assert.Equal(2, series.Count);
    }

    [Fact]
    public void Lines_longer_than_the_read_buffer_are_read_whole()
    {
        string longDate = "2014-01-02" + new string(' ', 200_000);
        var result = CsvText.Yahoo($"{longDate},10,11,9,10.5,10.5,100", "2014-01-03,10,11,9,10.5,10.5,100");

        Assert.Equal(2, result.Series.Count);
    }

    [Fact]
    public void Header_names_match_case_insensitively_and_may_be_quoted_and_reordered()
    {
        string text = "\"volume\",\"close\",\"low\",\"high\",\"open\",\"date\"\n100,10.5,9,11,10,2014-01-02\n";

        var bar = CsvText.Read(text).Series[0];

        Assert.Equal((10m, 11m, 9m, 10.5m, 100m), (bar.Open, bar.High, bar.Low, bar.Close, bar.Volume));
    }

    [Fact]
    public void Headerless_file_uses_the_mappings_column_names()
    {
        var mapping = CsvColumnMapping.Yahoo with { HasHeader = false, ColumnNames = ["Date", "Open", "High", "Low", "Close", "Volume"] };

        var series = CsvText.Read("2014-01-02,10,11,9,10.5,100\n2014-01-03,10,11,9,10.5,100\n", mapping).Series;

        Assert.Equal(2, series.Count);
    }

    [Fact]
    public void Semicolon_delimited_file_without_volume_reads_with_zero_volume()
    {
        var mapping = CsvColumnMapping.Yahoo with { Delimiter = ';', VolumeColumn = null };

        var bar = CsvText.Read("Date;Open;High;Low;Close\n2014-01-02;10;11;9;10.5\n", mapping).Series[0];

        Assert.Equal(0m, bar.Volume);
        Assert.Equal(10.5m, bar.Close);
    }

    [Fact]
    public void Prices_in_exponent_notation_parse_exactly()
    {
        var bar = CsvText.Yahoo("2014-01-02,1.05e1,11,9,10.5,10.5,1e6").Series[0];

        Assert.Equal(10.5m, bar.Open);
        Assert.Equal(1_000_000m, bar.Volume);
    }
}
