using OmniAlpha.Indicators.Patterns;

namespace OmniAlpha.Indicators.Tests.Patterns;

/// <summary>
/// The running candle averages against a naive re-computation over random candles: each threshold is the setting's
/// factor times the plain mean of its measure over the window of candles before the judged one (halved for shadows).
/// Bars whose measure lies within 1e-9 of a threshold are skipped, since summation order may decide those.
/// </summary>
public sealed class RollingCandleAverageTests
{
    private const double Tie = 1e-9;

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void A_doji_body_is_at_most_a_tenth_of_the_mean_range_of_the_previous_ten_candles(int seed)
    {
        var (o, h, l, c) = RandomCandles(seed, 3_000);
        double[] values = Feed(new Doji(), o, h, l, c);
        int checkedBars = 0, dojis = 0;

        for (int i = 10; i < o.Length; i++)
        {
            double threshold = 0.1 * Mean(i - 10, i, k => h[k] - l[k]);
            double body = Math.Abs(c[i] - o[i]);
            if (Math.Abs(body - threshold) < Tie) continue;
            Assert.Equal(body <= threshold ? 100 : 0, values[i]);
            checkedBars++;
            if (values[i] == 100) dojis++;
        }

        Assert.True(checkedBars > 2_900 && dojis > 50, $"{checkedBars} bars checked, {dojis} dojis");
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void A_long_line_has_a_body_above_the_mean_body_and_shadows_under_half_the_mean_shadow_sum(int seed)
    {
        var (o, h, l, c) = RandomCandles(seed, 3_000);
        double[] values = Feed(new LongLine(), o, h, l, c);
        int lines = 0;

        for (int i = 10; i < o.Length; i++)
        {
            double longBody = Mean(i - 10, i, k => Math.Abs(c[k] - o[k]));
            double shortShadow = Mean(i - 10, i, k => Upper(k) + Lower(k)) / 2;
            double body = Math.Abs(c[i] - o[i]);
            if (Near(body, longBody) || Near(Upper(i), shortShadow) || Near(Lower(i), shortShadow)) continue;
            bool isLongLine = body > longBody && Upper(i) < shortShadow && Lower(i) < shortShadow;
            Assert.Equal(isLongLine ? (c[i] >= o[i] ? 100 : -100) : 0, values[i]);
            if (isLongLine) lines++;
        }

        Assert.True(lines > 20, $"only {lines} long lines in the sample");

        double Upper(int k) => h[k] - Math.Max(o[k], c[k]);
        double Lower(int k) => Math.Min(o[k], c[k]) - l[k];
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void The_near_average_for_the_prior_candle_covers_the_five_candles_before_it(int seed)
    {
        // Matching low judges the second close against the first close +- 5% of the mean range of the 5 candles before the first.
        var (o, h, l, c) = RandomCandles(seed, 3_000, closeOften: true);
        double[] values = Feed(new MatchingLow(), o, h, l, c);
        int matches = 0;

        for (int i = 6; i < o.Length; i++)
        {
            double equal = 0.05 * Mean(i - 6, i - 1, k => h[k] - l[k]);
            if (Near(c[i], c[i - 1] + equal) || Near(c[i], c[i - 1] - equal)) continue;
            bool match = c[i - 1] < o[i - 1] && c[i] < o[i] && c[i] <= c[i - 1] + equal && c[i] >= c[i - 1] - equal;
            Assert.Equal(match ? 100 : 0, values[i]);
            if (match) matches++;
        }

        Assert.True(matches > 20, $"only {matches} matching lows in the sample");
    }

    private static bool Near(double a, double b) => Math.Abs(a - b) < Tie;

    private static double Mean(int from, int to, Func<int, double> measure)
    {
        double sum = 0;
        for (int k = from; k < to; k++) sum += measure(k);
        return sum / (to - from);
    }

    private static double[] Feed(CandlestickPattern pattern, double[] o, double[] h, double[] l, double[] c)
    {
        var values = new double[o.Length];
        for (int i = 0; i < o.Length; i++) values[i] = pattern.Update(o[i], h[i], l[i], c[i], 0);
        return values;
    }

    /// <summary>Random candles with bodies from tiny to large and shadows of varied length; optionally many near-equal closes.</summary>
    private static (double[] Open, double[] High, double[] Low, double[] Close) RandomCandles(int seed, int count, bool closeOften = false)
    {
        var random = new Random(seed);
        double[] o = new double[count], h = new double[count], l = new double[count], c = new double[count];
        double price = 100;
        for (int i = 0; i < count; i++)
        {
            double scale = random.NextDouble() < 0.2 ? 0.02 : 1.0;
            o[i] = price + ((random.NextDouble() - 0.5) * 0.5);
            c[i] = closeOften && i > 0 && random.NextDouble() < 0.3
                ? c[i - 1] + ((random.NextDouble() - 0.5) * 0.1)
                : o[i] + ((random.NextDouble() - 0.5) * 2 * scale);
            h[i] = Math.Max(o[i], c[i]) + (random.NextDouble() * random.NextDouble());
            l[i] = Math.Min(o[i], c[i]) - (random.NextDouble() * random.NextDouble());
            price = c[i];
        }
        return (o, h, l, c);
    }
}
