namespace OmniAlpha.Plugins.Csv.Tests;

/// <summary>Presets say what they read; inconsistent mappings are refused before any file is opened.</summary>
public sealed class CsvColumnMappingTests
{
    [Fact]
    public void Yahoo_preset_reads_close_as_dates_ending_at_the_new_york_close()
    {
        var yahoo = CsvColumnMapping.Yahoo;

        Assert.Equal(("Date", "Open", "High", "Low", "Close", "Volume"),
            (yahoo.TimestampColumn, yahoo.OpenColumn, yahoo.HighColumn, yahoo.LowColumn, yahoo.CloseColumn, yahoo.VolumeColumn));
        Assert.Equal(["yyyy-MM-dd"], yahoo.TimestampFormats);
        Assert.Equal("America/New_York", yahoo.TimeZone);
        Assert.Equal(new TimeOnly(16, 0), yahoo.DailyBarEnd);
        Assert.Equal(TimeSpan.FromDays(1), yahoo.BarPeriod);
        Assert.True(yahoo.HasHeader);
        Assert.Equal(',', yahoo.Delimiter);
    }

    [Fact]
    public void Backtrader_daily_preset_reads_date_only_bars()
    {
        var daily = CsvColumnMapping.BacktraderDaily;

        Assert.Null(daily.TimeColumn);
        Assert.NotNull(daily.DailyBarEnd);
        Assert.Equal("UTC", daily.TimeZone);
    }

    [Fact]
    public void Backtrader_intraday_preset_joins_a_time_column_and_keeps_the_period()
    {
        var intraday = CsvColumnMapping.BacktraderIntraday(TimeSpan.FromMinutes(5));

        Assert.Equal("Time", intraday.TimeColumn);
        Assert.Null(intraday.DailyBarEnd);
        Assert.Equal(TimeSpan.FromMinutes(5), intraday.BarPeriod);
        Assert.Equal(TimestampPosition.BarEnd, intraday.TimestampMarks);
    }

    [Fact]
    public void Presets_are_valid()
    {
        Assert.Equal("America/New_York", CsvColumnMapping.Yahoo.Validate().Id);
        CsvColumnMapping.BacktraderDaily.Validate();
        CsvColumnMapping.BacktraderIntraday(TimeSpan.FromMinutes(1)).Validate();
    }

    [Theory]
    [InlineData("zone")]
    [InlineData("unix-mixed")]
    [InlineData("time-and-daily")]
    [InlineData("period")]
    [InlineData("headerless")]
    public void Inconsistent_mappings_are_refused(string what)
    {
        CsvColumnMapping mapping = what switch
        {
            "zone" => CsvColumnMapping.Yahoo with { TimeZone = "Mars/Olympus_Mons" },
            "unix-mixed" => new CsvColumnMapping { TimestampFormats = ["unix", "yyyy-MM-dd"] },
            "time-and-daily" => CsvColumnMapping.Yahoo with { TimeColumn = "Time" },
            "period" => CsvColumnMapping.Yahoo with { BarPeriod = TimeSpan.Zero },
            _ => CsvColumnMapping.Yahoo with { HasHeader = false },
        };

        Assert.Throws<ArgumentException>(() => new CsvBarReader(mapping));
    }

    [Fact]
    public void Unknown_zone_error_names_the_zone()
    {
        var error = Assert.Throws<ArgumentException>(() => (CsvColumnMapping.Yahoo with { TimeZone = "Mars/Olympus_Mons" }).Validate());

        Assert.Contains("'Mars/Olympus_Mons'", error.Message);
    }
}
