using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Market.Consolidation;

namespace OmniAlpha.Sdk.Tests.Market.Consolidation;

public sealed class ConsolidationPeriodTests
{
    [Fact]
    public void Minutes_and_hours_are_intraday_lengths()
    {
        Assert.Equal((ConsolidationPeriodKind.Intraday, TimeSpan.FromMinutes(5)), (ConsolidationPeriod.Minutes(5).Kind, ConsolidationPeriod.Minutes(5).Length));
        Assert.Equal(ConsolidationPeriod.Minutes(120), ConsolidationPeriod.Hours(2));
        Assert.Equal("5min", ConsolidationPeriod.Minutes(5).ToString());
        Assert.Equal("2h", ConsolidationPeriod.Hours(2).ToString());
        Assert.Equal("daily", ConsolidationPeriod.Daily.ToString());
        Assert.Equal(DayOfWeek.Friday, ConsolidationPeriod.Weekly().WeekEndsOn);
    }

    [Fact]
    public void Lengths_outside_one_second_to_one_day_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConsolidationPeriod.Minutes(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConsolidationPeriod.Hours(25));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConsolidationPeriod.Intraday(TimeSpan.FromMilliseconds(1500)));
    }

    [Fact]
    public void A_consolidator_refuses_an_empty_period_an_unknown_zone_and_a_session_spanning_midnight()
    {
        var spy = Instrument.UsEquity(new Symbol("SPY"));

        Assert.Throws<ArgumentException>(() => new BarConsolidator(spy, default, _ => { }));
        Assert.Throws<ArgumentException>(() => new BarConsolidator(spy with { TimeZone = "Mars/Olympus" }, ConsolidationPeriod.Daily, _ => { }));
        Assert.Throws<ArgumentException>(() => new BarConsolidator(spy with { SessionOpen = new(17, 0), SessionClose = new(16, 0) }, ConsolidationPeriod.Daily, _ => { }));
    }

    [Fact]
    public void A_round_the_clock_session_closing_at_midnight_makes_utc_days_for_a_utc_instrument()
    {
        var btc = new Instrument(new Symbol("BTCUSD"), AssetClass.Crypto, "COINBASE", "USD", 0.01m, 0.00000001m, 1m, "UTC")
        {
            SessionOpen = TimeOnly.MinValue,
            SessionClose = TimeOnly.MinValue,
        };
        var emitted = new List<Bar>();
        var consolidator = new BarConsolidator(btc, ConsolidationPeriod.Daily, emitted.Add);

        consolidator.Update(new Bar(btc.Symbol, new DateTime(2018, 4, 4, 0, 1, 0, DateTimeKind.Utc), 10, 11, 9, 10, 1));
        consolidator.Update(new Bar(btc.Symbol, new DateTime(2018, 4, 5, 0, 0, 0, DateTimeKind.Utc), 10, 12, 10, 12, 2));

        ConsolidatedBars.Equal(new Bar(btc.Symbol, new DateTime(2018, 4, 5, 0, 0, 0, DateTimeKind.Utc), 10, 12, 9, 12, 3), Assert.Single(emitted));
    }
}
