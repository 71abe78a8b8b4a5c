namespace OmniAlpha.Plugins.Csv.Tests;

/// <summary>Every timestamp becomes the bar's UTC end time: zones, daylight saving, Unix time, start stamps.</summary>
public sealed class CsvBarReaderTimeTests
{
    private const string IntradayHeader = "Date,Open,High,Low,Close,Volume\n";

    private static readonly CsvColumnMapping NewYorkIntraday = new()
    {
        TimestampFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"],
        TimeZone = "America/New_York",
        BarPeriod = TimeSpan.FromMinutes(30),
    };

    private static DateTime Utc(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    private static DateTime FirstEnd(string text, CsvColumnMapping mapping) => CsvText.Read(text, mapping).Series[0].EndTime;

    [Fact]
    public void Daily_close_moves_by_an_hour_across_the_spring_dst_change()
    {
        var series = CsvText.Yahoo("2014-03-07,10,11,9,10.5,10.5,100", "2014-03-10,10,11,9,10.5,10.5,100").Series;

        Assert.Equal(Utc(2014, 3, 7, 21), series[0].EndTime);  // EST, UTC-5
        Assert.Equal(Utc(2014, 3, 10, 20), series[1].EndTime); // EDT, UTC-4
    }

    [Fact]
    public void Intraday_local_times_convert_on_both_sides_of_a_dst_change()
    {
        string text = IntradayHeader + "2014-11-01 10:00,10,11,9,10.5,1\n2014-11-03 10:00,10,11,9,10.5,1\n";

        var series = CsvText.Read(text, NewYorkIntraday).Series;

        Assert.Equal(Utc(2014, 11, 1, 14), series[0].EndTime);
        Assert.Equal(Utc(2014, 11, 3, 15), series[1].EndTime);
    }

    [Fact]
    public void Local_time_skipped_by_spring_forward_is_rejected()
    {
        string text = IntradayHeader + "2014-03-09 02:30,10,11,9,10.5,1\n";

        Assert.Equal("t.csv:2: Date: local time 2014-03-09 02:30:00 does not exist in America/New_York (skipped by a daylight-saving change)",
            CsvText.Error(text, NewYorkIntraday));
    }

    [Fact]
    public void Local_time_repeated_by_fall_back_is_rejected_as_ambiguous()
    {
        string text = IntradayHeader + "2014-11-02 01:30,10,11,9,10.5,1\n";

        Assert.Equal("t.csv:2: Date: local time 2014-11-02 01:30:00 is ambiguous in America/New_York (repeated by a daylight-saving change)",
            CsvText.Error(text, NewYorkIntraday));
    }

    [Fact]
    public void Utc_zone_takes_timestamps_as_they_are()
    {
        var mapping = NewYorkIntraday with { TimeZone = "UTC" };

        Assert.Equal(Utc(2014, 3, 9, 2, 30), FirstEnd(IntradayHeader + "2014-03-09 02:30,10,11,9,10.5,1\n", mapping));
    }

    [Fact]
    public void Timestamp_with_its_own_offset_ignores_the_mapping_zone()
    {
        var mapping = NewYorkIntraday with { TimestampFormats = ["yyyy-MM-dd'T'HH:mm:sszzz"] };

        Assert.Equal(Utc(2014, 1, 2, 8), FirstEnd(IntradayHeader + "2014-01-02T10:00:00+02:00,10,11,9,10.5,1\n", mapping));
    }

    [Fact]
    public void Unix_seconds_are_utc_instants()
    {
        var mapping = new CsvColumnMapping { TimestampColumn = "Time", TimestampFormats = [CsvColumnMapping.UnixSeconds], TimeZone = "America/New_York" };

        // 1388696400 = 2014-01-02T21:00:00Z; the zone does not apply to epoch numbers.
        Assert.Equal(Utc(2014, 1, 2, 21), FirstEnd("Time,Open,High,Low,Close,Volume\n1388696400,10,11,9,10.5,1\n", mapping));
    }

    [Fact]
    public void Unix_milliseconds_keep_their_milliseconds()
    {
        var mapping = new CsvColumnMapping { TimestampColumn = "Time", TimestampFormats = [CsvColumnMapping.UnixMilliseconds] };

        DateTime end = FirstEnd("Time,Open,High,Low,Close,Volume\n1388696400123,10,11,9,10.5,1\n", mapping);

        Assert.Equal(Utc(2014, 1, 2, 21).AddMilliseconds(123), end);
    }

    [Theory]
    [InlineData("13886964OO", "Time: cannot parse '13886964OO' as Unix seconds")]
    [InlineData("-5", "Time: '-5' is out of range for Unix seconds")]
    [InlineData("999999999999999", "Time: '999999999999999' is out of range for Unix seconds")]
    public void Bad_unix_timestamps_are_reported(string stamp, string expected)
    {
        var mapping = new CsvColumnMapping { TimestampColumn = "Time", TimestampFormats = [CsvColumnMapping.UnixSeconds] };

        Assert.Equal("t.csv:2: " + expected, CsvText.Error($"Time,Open,High,Low,Close,Volume\n{stamp},10,11,9,10.5,1\n", mapping));
    }

    [Fact]
    public void Start_stamped_bars_end_one_period_after_their_stamp()
    {
        var mapping = NewYorkIntraday with { TimestampMarks = TimestampPosition.BarStart };
        string text = IntradayHeader + "2014-01-02 09:30,10,11,9,10.5,1\n2014-01-02 10:00,10,11,9,10.5,1\n";

        var series = CsvText.Read(text, mapping).Series;

        Assert.Equal(Utc(2014, 1, 2, 15), series[0].EndTime);      // 09:30 + 30 min = 10:00 EST
        Assert.Equal(Utc(2014, 1, 2, 15, 30), series[1].EndTime);
    }

    [Fact]
    public void Start_stamped_bar_across_fall_back_lasts_its_real_period()
    {
        var mapping = NewYorkIntraday with { TimestampMarks = TimestampPosition.BarStart, BarPeriod = TimeSpan.FromHours(1) };

        // 00:00 EDT = 04:00Z; one real hour later is 05:00Z (01:00 EDT, before the clocks go back).
        Assert.Equal(Utc(2014, 11, 2, 5), FirstEnd(IntradayHeader + "2014-11-02 00:00,10,11,9,10.5,1\n", mapping));
    }

    [Fact]
    public void Separate_time_column_is_joined_to_the_date()
    {
        var mapping = CsvColumnMapping.BacktraderIntraday(TimeSpan.FromMinutes(5)) with { TimeZone = "Europe/Berlin" };
        string text = "Date,Time,Open,High,Low,Close,Volume,OpenInterest\n2006-01-02,09:05:00,10,11,9,10.5,0,0\n";

        Assert.Equal(Utc(2006, 1, 2, 8, 5), FirstEnd(text, mapping));
    }

    [Fact]
    public void Bad_separate_time_is_reported_on_both_columns()
    {
        var mapping = CsvColumnMapping.BacktraderIntraday(TimeSpan.FromMinutes(5));
        string text = "Date,Time,Open,High,Low,Close,Volume,OpenInterest\n2006-01-02,9h05,10,11,9,10.5,0,0\n";

        Assert.Equal("t.csv:2: Date+Time: cannot parse '2006-01-02 9h05' as a timestamp (expected yyyy-MM-dd HH:mm:ss or yyyy-MM-dd HH:mm)",
            CsvText.Error(text, mapping));
    }

    [Fact]
    public void Every_bar_end_time_is_utc_kind()
    {
        var series = CsvText.Read(IntradayHeader + "2014-01-02 10:00,10,11,9,10.5,1\n", NewYorkIntraday).Series;

        Assert.Equal(DateTimeKind.Utc, series[0].EndTime.Kind);
    }
}
