using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Market.Consolidation;
using static OmniAlpha.Sdk.Tests.Market.Consolidation.LeanEquityData;

namespace OmniAlpha.Sdk.Tests.Market.Consolidation;

/// <summary>Bars built from trade ticks: LEAN's real SPY trades of 7 October 2013 (250,601 prints) and small cases.</summary>
public sealed class TickConsolidatorTests
{
    private static List<Bar> Consolidate(IEnumerable<TradeTick> ticks, ConsolidationPeriod period, out TickConsolidator consolidator)
    {
        var emitted = new List<Bar>();
        consolidator = new TickConsolidator(Spy, period, emitted.Add);
        foreach (var tick in ticks) consolidator.Update(in tick);
        return emitted;
    }

    [SkippableFact]
    public void Minute_bars_from_trades_are_the_first_max_min_last_price_and_size_sum_of_each_minute()
    {
        var ticks = TradeTicks("spy", "20131007");
        var open = Utc(new DateTime(2013, 10, 7, 9, 30, 0));
        var close = Utc(new DateTime(2013, 10, 7, 16, 0, 0));
        var expected = ticks
            .Where(t => t.Time >= open && t.Time < close)
            .GroupBy(t => t.Time.Ticks / TimeSpan.TicksPerMinute)
            .Select(g => new Bar(Spy.Symbol, new DateTime((g.Key + 1) * TimeSpan.TicksPerMinute, DateTimeKind.Utc),
                g.First().Price, g.Max(t => t.Price), g.Min(t => t.Price), g.Last().Price, g.Sum(t => t.Quantity)))
            .ToList();

        var bars = Consolidate(ticks, ConsolidationPeriod.Minutes(1), out var consolidator);
        consolidator.Scan(close);

        Assert.Equal(390, expected.Count);
        Assert.Equal(expected.Count, bars.Count);
        for (int i = 0; i < expected.Count; i++) ConsolidatedBars.Equal(expected[i], bars[i]);
        Assert.Equal(ticks.Count(t => t.Time < open || t.Time >= close), consolidator.IgnoredInputs);
    }

    [SkippableFact]
    public void Five_minute_bars_from_trades_equal_five_minute_bars_from_the_minute_bars_of_the_same_trades()
    {
        var ticks = TradeTicks("spy", "20131007");

        var direct = Consolidate(ticks, ConsolidationPeriod.Minutes(5), out var directConsolidator);
        var minutes = Consolidate(ticks, ConsolidationPeriod.Minutes(1), out var minuteConsolidator);
        minuteConsolidator.Scan(DateTime.MaxValue);
        directConsolidator.Scan(DateTime.MaxValue);
        var viaMinutes = ConsolidatedBars.Of(minutes, ConsolidationPeriod.Minutes(5));

        Assert.Equal(78, direct.Count);
        Assert.Equal(direct.Count, viaMinutes.Count);
        for (int i = 0; i < direct.Count; i++) ConsolidatedBars.Equal(direct[i], viaMinutes[i]);
    }

    [Fact]
    public void A_trade_exactly_at_a_bucket_end_opens_the_next_bucket_and_closes_the_previous_one()
    {
        var symbol = Spy.Symbol;
        TradeTick Trade(int minute, int second, decimal price, decimal size) =>
            new(symbol, Utc(new DateTime(2013, 10, 7, 9, minute, second)), price, size);

        var bars = Consolidate([Trade(30, 0, 10, 1), Trade(30, 59, 12, 2), Trade(31, 0, 11, 5)], ConsolidationPeriod.Minutes(1), out var consolidator);

        ConsolidatedBars.Equal(new Bar(symbol, Utc(new DateTime(2013, 10, 7, 9, 31, 0)), 10, 12, 10, 12, 3), Assert.Single(bars));
        Assert.True(consolidator.TryGetWorkingBar(out var working));
        ConsolidatedBars.Equal(new Bar(symbol, Utc(new DateTime(2013, 10, 7, 9, 32, 0)), 11, 11, 11, 11, 5), working);
    }

    [Fact]
    public void The_last_bucket_is_emitted_only_once_the_time_reaches_its_end()
    {
        var symbol = Spy.Symbol;
        var bars = Consolidate([new TradeTick(symbol, Utc(new DateTime(2013, 10, 7, 15, 59, 30)), 10, 1)], ConsolidationPeriod.Minutes(5), out var consolidator);

        consolidator.Scan(Utc(new DateTime(2013, 10, 7, 15, 59, 59)));
        Assert.Empty(bars);

        consolidator.Scan(Utc(new DateTime(2013, 10, 7, 16, 0, 0)));
        Assert.Equal(Utc(new DateTime(2013, 10, 7, 16, 0, 0)), Assert.Single(bars).EndTime);
    }

    [Fact]
    public void A_trade_with_a_non_positive_price_or_negative_size_is_refused()
    {
        var consolidator = new TickConsolidator(Spy, ConsolidationPeriod.Daily, _ => { });
        var time = Utc(new DateTime(2013, 10, 7, 10, 0, 0));

        Assert.Throws<ArgumentException>(() => consolidator.Update(new TradeTick(Spy.Symbol, time, 0m, 1m)));
        Assert.Throws<ArgumentException>(() => consolidator.Update(new TradeTick(Spy.Symbol, time, 1m, -1m)));
    }
}
