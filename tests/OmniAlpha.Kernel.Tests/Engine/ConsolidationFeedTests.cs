using OmniAlpha.Kernel.Engine;
using OmniAlpha.Kernel.Tests.Strategies;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Market.Consolidation;

namespace OmniAlpha.Kernel.Tests.Engine;

/// <summary><c>Strategy.Consolidate</c> in a backtest: consolidated bars arrive in the time step that closes them, never earlier.</summary>
public sealed class ConsolidationFeedTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>A minute bar of 7 Oct 2013 ending at <paramref name="hour"/>:<paramref name="minute"/> New York time.</summary>
    private static Bar Minute(Symbol symbol, int hour, int minute, decimal price, decimal volume = 100) =>
        new(symbol, TimeZoneInfo.ConvertTimeToUtc(new DateTime(2013, 10, 7, hour, minute, 0), NewYork), price, price + 1, price - 1, price, volume);

    private static BarSeries Minutes(Symbol symbol, params Bar[] bars) => new(Instrument.UsEquity(symbol), bars, TimeSpan.FromMinutes(1));

    [Fact]
    public void Five_minute_bars_arrive_in_the_step_of_their_last_minute_after_its_OnBar()
    {
        var bars = Enumerable.Range(1, 12).Select(i => Minute("SPY", 9, 30 + i, 100 + i)).ToArray();
        var log = new List<string>();
        var consolidated = new List<Bar>();
        ScriptedStrategy strategy = null!;
        strategy = new ScriptedStrategy
        {
            Start = s => s.DoConsolidate("SPY", ConsolidationPeriod.Minutes(5), bar =>
            {
                consolidated.Add(bar);
                log.Add($"5min {bar.EndTime:HH:mm} at {s.Ctx.UtcNow:HH:mm}");
            }),
            Bar = (_, bar) => log.Add($"bar {bar.EndTime:HH:mm}"),
        };

        BacktestHarness.Run(strategy, Minutes("SPY", bars));

        Assert.Equal(2, consolidated.Count); // 09:40-09:42 is still open when the data ends
        Assert.Equal(["bar 13:35", "5min 13:35 at 13:35"], log.Skip(4).Take(2));
        Assert.Equal(["bar 13:40", "5min 13:40 at 13:40"], log.Skip(10).Take(2));
        Assert.Equal(new Bar("SPY", bars[4].EndTime, bars[0].Open, bars[4].High, bars[0].Low, bars[4].Close, 500), consolidated[0], BarComparer.Instance);
    }

    [Fact]
    public void A_bucket_closes_when_the_engine_clock_reaches_its_end_even_without_a_bar_of_its_symbol()
    {
        // SPY's last minute ends 15:58; IBM trades until 16:00. SPY's daily bar is due at 16:00, not at SPY's next bar.
        var spy = Minutes("SPY", Minute("SPY", 15, 57, 10), Minute("SPY", 15, 58, 11));
        var ibm = Minutes("IBM", Minute("IBM", 15, 58, 50), Minute("IBM", 15, 59, 51), Minute("IBM", 16, 0, 52));
        var received = new List<(DateTime Now, Bar Bar)>();
        var strategy = new ScriptedStrategy
        {
            Start = s => s.DoConsolidate("SPY", ConsolidationPeriod.Daily, bar => received.Add((s.Ctx.UtcNow, bar))),
        };

        BacktestHarness.Run(strategy, spy, ibm);

        var (now, daily) = Assert.Single(received);
        Assert.Equal(ibm[2].EndTime, now);
        Assert.Equal(new Bar("SPY", ibm[2].EndTime, 10, 12, 9, 11, 200), daily, BarComparer.Instance);
    }

    [Fact]
    public void A_failing_handler_stops_the_run_naming_the_strategy()
    {
        var strategy = new ScriptedStrategy
        {
            Start = s => s.DoConsolidate("SPY", ConsolidationPeriod.Minutes(1), _ => throw new InvalidOperationException("boom")),
        };

        var error = Assert.Throws<StrategyRuntimeException>(() => BacktestHarness.Run(strategy, [Minutes("SPY", Minute("SPY", 9, 31, 10))], onFailure: StrategyFailurePolicy.Throw));

        Assert.Equal(nameof(ScriptedStrategy), error.Strategy);
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    [Fact]
    public void Consolidating_a_symbol_outside_the_run_is_refused()
    {
        var strategy = new ScriptedStrategy { Start = s => s.DoConsolidate("MSFT", ConsolidationPeriod.Daily, _ => { }) };

        var error = Assert.Throws<StrategyRuntimeException>(() => BacktestHarness.Run(strategy, [Minutes("SPY", Minute("SPY", 9, 31, 10))], onFailure: StrategyFailurePolicy.Throw));

        Assert.IsType<KeyNotFoundException>(error.InnerException);
    }

    private sealed class BarComparer : IEqualityComparer<Bar>
    {
        public static readonly BarComparer Instance = new();

        public bool Equals(Bar x, Bar y) => x.Symbol == y.Symbol && x.EndTime == y.EndTime && x.Open == y.Open && x.High == y.High
                                            && x.Low == y.Low && x.Close == y.Close && x.Volume == y.Volume;

        public int GetHashCode(Bar bar) => bar.EndTime.GetHashCode();
    }
}
