using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Tests.Shared;

namespace OmniAlpha.Plugins.Csv.Tests;

/// <summary>The Yahoo writer prints bars exactly, and reading its output gives the same bars back.</summary>
public sealed class YahooCsvWriterTests
{
    private static BarSeries TwoBars()
    {
        var instrument = Instrument.UsEquity("ALFA", 0.000001m);
        Bar[] bars =
        [
            new("ALFA", new DateTime(2014, 3, 7, 21, 0, 0, DateTimeKind.Utc), 10.000001m, 11.5m, 9.25m, 10.50m, 1234m),
            new("ALFA", new DateTime(2014, 3, 10, 20, 0, 0, DateTimeKind.Utc), 10.5m, 10.75m, 10.1m, 10.2m, 0m),
        ];
        return new BarSeries(instrument, bars, TimeSpan.FromDays(1));
    }

    private static string Written(BarSeries series, CsvColumnMapping? mapping = null)
    {
        var text = new StringWriter();
        new YahooCsvWriter(mapping).Write(series, text);
        return text.ToString();
    }

    [Fact]
    public void Writes_local_dates_and_exact_prices_with_adj_close_equal_to_close()
    {
        Assert.Equal(
            "Date,Open,High,Low,Close,Adj Close,Volume\n" +
            "2014-03-07,10.000001,11.5,9.25,10.50,10.50,1234\n" +
            "2014-03-10,10.5,10.75,10.1,10.2,10.2,0\n",
            Written(TwoBars()));
    }

    [Fact]
    public void Round_trip_through_a_file_gives_identical_bars()
    {
        using var folder = new TempDirectory();
        string path = Path.Combine(folder.Path, "alfa.csv");
        BarSeries original = TwoBars();

        new YahooCsvWriter().WriteFile(original, path);
        BarSeries read = new CsvBarReader(CsvColumnMapping.Yahoo).ReadFile(path, "ALFA").Series;

        Assert.Equal(original.Instrument, read.Instrument);
        Assert.Equal(original.Period, read.Period);
        Assert.Equal(original.Bars.ToArray(), read.Bars.ToArray());
        for (int i = 0; i < original.Count; i++)
            Assert.Equal(original[i].ToString(), read[i].ToString()); // same decimal scale, not just equal values
    }

    [SkippableFact]
    public void Rewriting_a_yahoo_file_reproduces_its_bars()
    {
        BarSeries original = new CsvBarReader(CsvColumnMapping.Yahoo).ReadFile(SharedData.Require("backtrader/orcl-1995-2014.txt"), "ORCL").Series;

        string text = Written(original);
        BarSeries read = new CsvBarReader(CsvColumnMapping.Yahoo).Read(new StringReader(text), "rewritten.csv", "ORCL").Series;

        Assert.Equal(original.Bars.ToArray(), read.Bars.ToArray());
        Assert.Equal(original.Instrument, read.Instrument);
    }

    [Fact]
    public void Output_is_utf8_without_bom_with_lf_line_endings()
    {
        using var folder = new TempDirectory();
        string path = Path.Combine(folder.Path, "alfa.csv");

        new YahooCsvWriter().WriteFile(TwoBars(), path);
        byte[] bytes = File.ReadAllBytes(path);

        Assert.Equal((byte)'D', bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
    }

    [Fact]
    public void Dates_follow_the_mappings_zone()
    {
        var mapping = CsvColumnMapping.BacktraderDaily with { TimeZone = "Asia/Tokyo", DailyBarEnd = new TimeOnly(15, 0) };
        var instrument = Instrument.UsEquity("T");
        var series = new BarSeries(instrument, [new Bar("T", new DateTime(2014, 1, 2, 6, 0, 0, DateTimeKind.Utc), 1m, 1m, 1m, 1m, 1m)], TimeSpan.FromDays(1));

        Assert.EndsWith("\n2014-01-02,1,1,1,1,1,1\n", Written(series, mapping));
    }

    [Fact]
    public void Intraday_bars_are_refused_because_a_date_cannot_hold_their_time()
    {
        var instrument = Instrument.UsEquity("ALFA");
        var series = new BarSeries(instrument, [new Bar("ALFA", new DateTime(2014, 1, 2, 15, 0, 0, DateTimeKind.Utc), 1m, 1m, 1m, 1m, 1m)], TimeSpan.FromHours(1));

        var error = Assert.Throws<ArgumentException>(() => Written(series));

        Assert.Contains("ends at 10:00:00 America/New_York, not at the daily bar end 16:00:00", error.Message);
    }

    [Fact]
    public void Mapping_without_a_daily_bar_end_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new YahooCsvWriter(CsvColumnMapping.BacktraderIntraday(TimeSpan.FromMinutes(1))));
    }
}
