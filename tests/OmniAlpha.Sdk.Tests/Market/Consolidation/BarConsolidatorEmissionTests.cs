using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Market.Consolidation;
using static OmniAlpha.Sdk.Tests.Market.Consolidation.LeanEquityData;

namespace OmniAlpha.Sdk.Tests.Market.Consolidation;

/// <summary>When a consolidated bar is handed out: only once its bucket has closed, never earlier.</summary>
public sealed class BarConsolidatorEmissionTests
{
    [SkippableFact]
    public void The_daily_bar_is_emitted_with_the_minute_ending_at_the_close_and_not_one_minute_earlier()
    {
        var session = MinuteBars("spy", "20131007").Where(b => Local(b.EndTime).TimeOfDay is var t && t > new TimeSpan(9, 30, 0) && t <= new TimeSpan(16, 0, 0)).ToList();
        var emitted = new List<Bar>();
        var consolidator = new BarConsolidator(Spy, ConsolidationPeriod.Daily, emitted.Add);

        foreach (var bar in session.Take(session.Count - 1)) consolidator.Update(in bar);
        consolidator.Scan(session[^2].EndTime);

        Assert.Empty(emitted);
        Assert.True(consolidator.TryGetWorkingBar(out var working));
        Assert.Equal(session[^1].EndTime, working.EndTime);

        consolidator.Update(session[^1]);

        Assert.Equal(session[^1].EndTime, Assert.Single(emitted).EndTime);
        Assert.False(consolidator.HasWorkingBar);
    }

    [SkippableFact]
    public void A_half_day_bar_ends_at_the_regular_close_unless_the_early_close_is_given()
    {
        var hours = HourBars("spy").Where(b => b.EndTime >= Utc(new DateTime(2013, 11, 29)) && b.EndTime < Utc(new DateTime(2013, 12, 3))).ToList();
        var lastOfHalfDay = hours.Last(b => b.EndTime < Utc(new DateTime(2013, 11, 30)));
        Assert.Equal(new TimeSpan(13, 0, 0), Local(lastOfHalfDay.EndTime).TimeOfDay);
        var expected = DailyBars("spy").Single(b => b.EndTime == Utc(new DateTime(2013, 11, 29, 16, 0, 0)));

        var regular = new List<Bar>();
        var regularCloses = new BarConsolidator(Spy, ConsolidationPeriod.Daily, regular.Add);
        var early = new List<Bar>();
        var earlyCloses = new BarConsolidator(Spy, ConsolidationPeriod.Daily, early.Add,
            new Dictionary<DateOnly, TimeOnly> { [new DateOnly(2013, 11, 29)] = new TimeOnly(13, 0) });
        foreach (var bar in hours.TakeWhile(b => b.EndTime <= lastOfHalfDay.EndTime))
        {
            regularCloses.Update(in bar);
            earlyCloses.Update(in bar);
        }

        // With the early close known, the bar closes with the 13:00 input and is stamped 13:00.
        ConsolidatedBars.Equal(new Bar(expected.Symbol, Utc(new DateTime(2013, 11, 29, 13, 0, 0)), expected.Open, expected.High, expected.Low, expected.Close, expected.Volume),
            Assert.Single(early));
        // Without it the session nominally runs to 16:00: nothing is emitted until that time has passed.
        Assert.Empty(regular);
        regularCloses.Scan(Utc(new DateTime(2013, 11, 29, 15, 59, 59)));
        Assert.Empty(regular);
        regularCloses.Scan(Utc(new DateTime(2013, 11, 29, 16, 0, 0)));
        ConsolidatedBars.Equal(expected, Assert.Single(regular));
    }

    [Fact]
    public void Buckets_without_inputs_produce_no_bar()
    {
        var symbol = Spy.Symbol;
        Bar Minute(int hour, int minute, decimal price) => new(symbol, Utc(new DateTime(2013, 10, 7, hour, minute, 0)), price, price, price, price, 100);
        Bar[] minutes = [Minute(9, 31, 10), Minute(9, 32, 11), Minute(9, 58, 12), Minute(10, 0, 13)];

        var bars = ConsolidatedBars.Of(minutes, ConsolidationPeriod.Minutes(5));

        Assert.Equal(["09:35", "10:00"], bars.Select(b => Local(b.EndTime).ToString("HH:mm")));
        ConsolidatedBars.Equal(new Bar(symbol, Utc(new DateTime(2013, 10, 7, 10, 0, 0)), 12, 13, 12, 13, 200), bars[1]);
    }

    [Fact]
    public void Sixty_minute_buckets_start_at_0930_local_on_both_sides_of_the_november_dst_change()
    {
        var symbol = Spy.Symbol;
        // Friday 1 Nov 2013 is EDT (UTC-4); Monday 4 Nov is EST (UTC-5).
        Bar[] minutes =
        [
            new(symbol, Utc(new DateTime(2013, 11, 1, 9, 31, 0)), 10, 10, 10, 10, 1),
            new(symbol, Utc(new DateTime(2013, 11, 1, 10, 30, 0)), 11, 11, 11, 11, 1),
            new(symbol, Utc(new DateTime(2013, 11, 4, 9, 31, 0)), 12, 12, 12, 12, 1),
            new(symbol, Utc(new DateTime(2013, 11, 4, 10, 30, 0)), 13, 13, 13, 13, 1),
        ];

        var bars = ConsolidatedBars.Of(minutes, ConsolidationPeriod.Hours(1));

        Assert.Equal([new DateTime(2013, 11, 1, 14, 30, 0), new DateTime(2013, 11, 4, 15, 30, 0)], bars.Select(b => b.EndTime));
        Assert.Equal([2m, 2m], bars.Select(b => b.Volume));
    }

    [Fact]
    public void A_bar_of_another_symbol_or_out_of_time_order_is_refused()
    {
        var consolidator = new BarConsolidator(Spy, ConsolidationPeriod.Minutes(5), _ => { });
        var at0935 = new Bar(Spy.Symbol, Utc(new DateTime(2013, 10, 7, 9, 35, 0)), 1, 1, 1, 1, 1);
        consolidator.Update(in at0935);

        Assert.Throws<ArgumentException>(() => consolidator.Update(new Bar(new("IBM"), at0935.EndTime.AddMinutes(1), 1, 1, 1, 1, 1)));
        Assert.Throws<ArgumentException>(() => consolidator.Update(new Bar(Spy.Symbol, at0935.EndTime.AddMinutes(-1), 1, 1, 1, 1, 1)));
    }

    [Fact]
    public void Reset_drops_the_working_bar()
    {
        var emitted = new List<Bar>();
        var consolidator = new BarConsolidator(Spy, ConsolidationPeriod.Minutes(5), emitted.Add);
        consolidator.Update(new Bar(Spy.Symbol, Utc(new DateTime(2013, 10, 7, 9, 31, 0)), 1, 1, 1, 1, 1));

        consolidator.Reset();
        consolidator.Scan(DateTime.MaxValue);

        Assert.Empty(emitted);
        Assert.False(consolidator.HasWorkingBar);
    }
}
