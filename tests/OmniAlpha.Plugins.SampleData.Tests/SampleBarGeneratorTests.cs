using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Plugins.SampleData.Tests;

/// <summary>The generated bars are deterministic, internally consistent and behave like a market.</summary>
public sealed class SampleBarGeneratorTests
{
    /// <summary>SHA-256 of the default data set (8 symbols x 2,520 bars, seed 42), recorded once; any change to the process changes it.</summary>
    private const string DefaultDataSetHash = "eff4cb2b76d9d70f26858274ba853b06b8d43d762ca7ff13592dc401cf06c99c";

    private static readonly SampleDataSource Default = new();

    private static IEnumerable<BarSeries> DefaultSeries() => Default.Symbols.Select(symbol => Default.Load(symbol));

    private static string Serialise(IEnumerable<BarSeries> data)
    {
        var text = new StringBuilder();
        foreach (BarSeries series in data)
        {
            foreach (Bar bar in series.Bars)
                text.Append(CultureInfo.InvariantCulture, $"{bar.Symbol},{bar.EndTime:O},{bar.Open},{bar.High},{bar.Low},{bar.Close},{bar.Volume}\n");
        }
        return text.ToString();
    }

    [Fact]
    public void Default_data_set_is_pinned_by_its_hash()
    {
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Serialise(DefaultSeries()))));

        Assert.Equal(DefaultDataSetHash, hash);
    }

    [Fact]
    public void Two_generations_are_identical()
    {
        Assert.Equal(Serialise(DefaultSeries()), Serialise(new SampleDataSource().Symbols.Select(s => new SampleDataSource().Load(s))));
        Assert.Equal(Serialise([SampleBarGenerator.Generate("X", 500, 9)]), Serialise([SampleBarGenerator.Generate("X", 500, 9)]));
    }

    [Fact]
    public void Series_depends_on_seed_and_ticker_but_not_on_the_tickers_case()
    {
        string alfa = Serialise([SampleBarGenerator.Generate("ALFA", 100, 42)]);

        Assert.Equal(alfa, Serialise([SampleBarGenerator.Generate("alfa", 100, 42)]).Replace("alfa,", "ALFA,"));
        Assert.NotEqual(alfa, Serialise([SampleBarGenerator.Generate("ALFA", 100, 43)]));
        Assert.NotEqual(alfa, Serialise([SampleBarGenerator.Generate("BRVO", 100, 42)]).Replace("BRVO,", "ALFA,"));
    }

    [Fact]
    public void Every_bar_is_consistent_and_priced_in_whole_cents()
    {
        foreach (BarSeries series in DefaultSeries())
        {
            foreach (Bar bar in series.Bars)
            {
                Assert.Null(bar.Validate());
                Assert.True(bar.Low <= Math.Min(bar.Open, bar.Close) && bar.High >= Math.Max(bar.Open, bar.Close), bar.ToString());
                Assert.True(bar.Low > 0m, bar.ToString());
                foreach (decimal price in new[] { bar.Open, bar.High, bar.Low, bar.Close })
                    Assert.Equal(price, series.Instrument.RoundToTick(price));
                Assert.True(bar.Volume > 0m && bar.Volume == decimal.Truncate(bar.Volume), bar.ToString());
            }
        }
    }

    [Fact]
    public void Bars_end_at_the_new_york_close_on_weekdays_only()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        BarSeries series = Default.Load("ALFA");

        Assert.Equal(new DateTime(2015, 1, 2, 21, 0, 0, DateTimeKind.Utc), series[0].EndTime);
        foreach (Bar bar in series.Bars)
        {
            DateTime local = TimeZoneInfo.ConvertTimeFromUtc(bar.EndTime, zone);
            Assert.Equal(DateTimeKind.Utc, bar.EndTime.Kind);
            Assert.Equal(new TimeSpan(16, 0, 0), local.TimeOfDay);
            Assert.NotEqual(DayOfWeek.Saturday, local.DayOfWeek);
            Assert.NotEqual(DayOfWeek.Sunday, local.DayOfWeek);
        }
        // 2,520 weekdays from Friday 2015-01-02 end on Thursday 2024-08-29.
        Assert.Equal(new DateTime(2024, 8, 29, 20, 0, 0, DateTimeKind.Utc), series[^1].EndTime);
    }

    [Fact]
    public void Overnight_gaps_of_several_percent_occur()
    {
        foreach (BarSeries series in DefaultSeries())
        {
            int bigGaps = 0, anyGap = 0;
            for (int i = 1; i < series.Count; i++)
            {
                decimal gap = Math.Abs(series[i].Open / series[i - 1].Close - 1m);
                if (gap > 0m) anyGap++;
                if (gap >= 0.02m) bigGaps++;
            }
            Assert.True(bigGaps >= 20, $"{series.Symbol}: only {bigGaps} gaps of 2% or more");
            Assert.True(anyGap > series.Count / 2, $"{series.Symbol}: open mostly equals the previous close");
        }
    }

    [Fact]
    public void Trends_make_moving_average_crossovers_happen_repeatedly()
    {
        foreach (BarSeries series in DefaultSeries())
        {
            int crossovers = CountCrossovers(series, fast: 10, slow: 30);
            Assert.True(crossovers >= 10, $"{series.Symbol}: only {crossovers} SMA(10)/SMA(30) crossovers");
        }
    }

    [Fact]
    public void Trends_persist_for_months()
    {
        // A pure random walk would cross far more often; regimes keep the 50/200 averages apart for long stretches.
        foreach (BarSeries series in DefaultSeries())
        {
            int crossovers = CountCrossovers(series, fast: 50, slow: 200);
            Assert.InRange(crossovers, 2, 60);
        }
    }

    [Fact]
    public void Volume_rises_on_big_moves()
    {
        foreach (BarSeries series in DefaultSeries())
        {
            decimal quiet = 0m, busy = 0m;
            int quietCount = 0, busyCount = 0;
            for (int i = 1; i < series.Count; i++)
            {
                decimal move = Math.Abs(series[i].Close / series[i - 1].Close - 1m);
                if (move < 0.005m) { quiet += series[i].Volume; quietCount++; }
                else if (move > 0.04m) { busy += series[i].Volume; busyCount++; }
            }
            Assert.True(busy / busyCount > 1.3m * (quiet / quietCount), $"{series.Symbol}: volume does not rise on big moves");
        }
    }

    [Fact]
    public void A_million_bars_for_one_symbol_generate_consistently()
    {
        BarSeries series = SampleBarGenerator.Generate("BIG", 1_000_000, 1);

        Assert.Equal(1_000_000, series.Count);
        Assert.Equal(Instrument.UsEquity("BIG", 0.01m), series.Instrument);
        decimal lowest = decimal.MaxValue, highest = 0m;
        foreach (Bar bar in series.Bars)
        {
            Assert.Null(bar.Validate());
            if (bar.Low < lowest) lowest = bar.Low;
            if (bar.High > highest) highest = bar.High;
        }
        Assert.True(lowest >= 0.5m && highest < 100_000m, $"prices drifted to [{lowest}, {highest}]");
    }

    [Fact]
    public void First_date_on_a_weekend_starts_on_the_next_monday()
    {
        BarSeries series = SampleBarGenerator.Generate("X", 2, 1, new DateOnly(2015, 1, 3));

        Assert.Equal(new DateTime(2015, 1, 5, 21, 0, 0, DateTimeKind.Utc), series[0].EndTime);
        Assert.Equal(new DateTime(2015, 1, 6, 21, 0, 0, DateTimeKind.Utc), series[1].EndTime);
    }

    [Fact]
    public void Runs_past_the_year_9999_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleBarGenerator.Generate("X", 3_000_000, 1));
    }

    private static int CountCrossovers(BarSeries series, int fast, int slow)
    {
        decimal[] closes = [.. series.Bars.ToArray().Select(bar => bar.Close)];
        int crossovers = 0, previousSign = 0;
        for (int i = slow - 1; i < closes.Length; i++)
        {
            decimal difference = Mean(closes, i, fast) - Mean(closes, i, slow);
            int sign = Math.Sign(difference);
            if (sign != 0 && previousSign != 0 && sign != previousSign) crossovers++;
            if (sign != 0) previousSign = sign;
        }
        return crossovers;
    }

    private static decimal Mean(decimal[] values, int end, int length)
    {
        decimal sum = 0m;
        for (int i = end - length + 1; i <= end; i++) sum += values[i];
        return sum / length;
    }
}
