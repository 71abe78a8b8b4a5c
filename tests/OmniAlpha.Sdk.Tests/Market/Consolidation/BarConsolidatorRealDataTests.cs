using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Market.Consolidation;
using static OmniAlpha.Sdk.Tests.Market.Consolidation.LeanEquityData;

namespace OmniAlpha.Sdk.Tests.Market.Consolidation;

/// <summary>Bars consolidated from LEAN's real SPY minute and hour bars (New York session, 2013 and 1998-2021).</summary>
public sealed class BarConsolidatorRealDataTests
{
    private static readonly string[] MinuteDays = ["20131004", "20131007", "20131008", "20131009", "20131010", "20131011"];

    /// <summary>The regular-session minutes of a day: bars ending after 09:30 and at or before 16:00 New York time.</summary>
    private static List<Bar> SessionMinutes(IEnumerable<Bar> minutes) =>
        [.. minutes.Where(b => Local(b.EndTime).TimeOfDay > new TimeSpan(9, 30, 0) && Local(b.EndTime).TimeOfDay <= new TimeSpan(16, 0, 0))];

    [SkippableFact]
    public void Daily_bars_from_minute_bars_are_the_first_open_highest_high_lowest_low_last_close_and_volume_sum_of_the_session()
    {
        var days = MinuteDays.Select(day => MinuteBars("spy", day)).ToList();

        var daily = ConsolidatedBars.Of(days.SelectMany(d => d), ConsolidationPeriod.Daily);

        Assert.Equal(MinuteDays.Length, daily.Count);
        for (int i = 0; i < days.Count; i++)
        {
            var session = SessionMinutes(days[i]);
            Assert.Equal(390, session.Count);
            DateTime close = Utc(DateTime.ParseExact(MinuteDays[i], "yyyyMMdd", null).AddHours(16));
            ConsolidatedBars.Equal(ConsolidatedBars.Aggregate(session, close), daily[i]);
        }
    }

    [SkippableFact]
    public void Pre_and_post_market_minutes_are_left_out_and_counted()
    {
        var minutes = MinuteBars("spy", "20131007");
        var consolidator = new BarConsolidator(Spy, ConsolidationPeriod.Daily, _ => { });

        foreach (var bar in minutes) consolidator.Update(in bar);

        Assert.Equal(minutes.Length - SessionMinutes(minutes).Count, consolidator.IgnoredInputs);
        Assert.True(consolidator.IgnoredInputs > 0);
    }

    [SkippableFact]
    public void Sixty_minute_bars_are_aligned_to_the_0930_open_and_the_last_one_ends_at_the_close()
    {
        var minutes = MinuteBars("spy", "20131007");

        var hourly = ConsolidatedBars.Of(minutes, ConsolidationPeriod.Hours(1));

        string[] ends = ["10:30", "11:30", "12:30", "13:30", "14:30", "15:30", "16:00"];
        Assert.Equal(ends, hourly.Select(b => Local(b.EndTime).ToString("HH:mm")));
        var session = SessionMinutes(minutes);
        for (int i = 0; i < hourly.Count; i++)
        {
            DateTime start = i == 0 ? Utc(new DateTime(2013, 10, 7, 9, 30, 0)) : hourly[i - 1].EndTime;
            var bucket = session.Where(b => b.EndTime > start && b.EndTime <= hourly[i].EndTime).ToList();
            ConsolidatedBars.Equal(ConsolidatedBars.Aggregate(bucket, hourly[i].EndTime), hourly[i]);
        }
    }

    [SkippableFact]
    public void Five_minute_bars_tile_the_session_and_add_up_to_the_daily_bar()
    {
        var minutes = MinuteBars("spy", "20131008");

        var fiveMinute = ConsolidatedBars.Of(minutes, ConsolidationPeriod.Minutes(5));
        var dailyFromFive = ConsolidatedBars.Of(fiveMinute, ConsolidationPeriod.Daily);
        var dailyFromMinutes = ConsolidatedBars.Of(minutes, ConsolidationPeriod.Daily);

        Assert.Equal(78, fiveMinute.Count);
        Assert.Equal("09:35", Local(fiveMinute[0].EndTime).ToString("HH:mm"));
        Assert.All(fiveMinute.Zip(fiveMinute.Skip(1)), pair => Assert.Equal(TimeSpan.FromMinutes(5), pair.Second.EndTime - pair.First.EndTime));
        ConsolidatedBars.Equal(Assert.Single(dailyFromMinutes), Assert.Single(dailyFromFive));
    }

    [SkippableFact]
    public void Daily_bars_from_hour_bars_equal_lean_daily_bars_for_23_years_across_every_dst_change_and_half_day()
    {
        var hours = HourBars("spy");
        var expected = DailyBars("spy");

        var emitted = new List<Bar>();
        var consolidator = new BarConsolidator(Spy, ConsolidationPeriod.Daily, emitted.Add);
        foreach (var bar in hours) consolidator.Update(in bar);
        consolidator.Scan(DateTime.MaxValue);

        Assert.Equal(expected.Length, emitted.Count);
        for (int i = 0; i < expected.Length; i++) ConsolidatedBars.Equal(expected[i], emitted[i]);
        Assert.Equal(0, consolidator.IgnoredInputs);
        // 16:00 New York is 21:00 UTC in winter and 20:00 UTC in summer: both occur, on the right dates.
        Assert.Equal(new DateTime(2013, 3, 8, 21, 0, 0, DateTimeKind.Utc), emitted.Single(b => b.EndTime.Date == new DateTime(2013, 3, 8)).EndTime);
        Assert.Equal(new DateTime(2013, 3, 11, 20, 0, 0, DateTimeKind.Utc), emitted.Single(b => b.EndTime.Date == new DateTime(2013, 3, 11)).EndTime);
    }

    [SkippableFact]
    public void Weekly_bars_from_hour_bars_equal_weekly_bars_from_daily_bars_and_end_on_friday_at_the_close()
    {
        var fromHours = ConsolidatedBars.Of(HourBars("spy"), ConsolidationPeriod.Weekly());
        var daily = DailyBars("spy");
        var fromDays = ConsolidatedBars.Of(daily, ConsolidationPeriod.Weekly());

        // The last week of the data is still open (its Friday close is after the last bar), so it is not emitted.
        Assert.Equal(fromDays.Count, fromHours.Count);
        for (int i = 0; i < fromDays.Count; i++) ConsolidatedBars.Equal(fromDays[i], fromHours[i]);
        Assert.All(fromHours, b => Assert.Equal((DayOfWeek.Friday, new TimeSpan(16, 0, 0)), (Local(b.EndTime).DayOfWeek, Local(b.EndTime).TimeOfDay)));
        var week = daily.Where(b => Local(b.EndTime).Date >= new DateTime(2013, 11, 25) && Local(b.EndTime).Date <= new DateTime(2013, 11, 29)).ToList();
        Assert.Equal(4, week.Count); // Thanksgiving week: Thursday closed, Friday a half-day
        ConsolidatedBars.Equal(ConsolidatedBars.Aggregate(week, Utc(new DateTime(2013, 11, 29, 16, 0, 0))),
            fromDays.Single(b => b.EndTime == Utc(new DateTime(2013, 11, 29, 16, 0, 0))));
    }
}
