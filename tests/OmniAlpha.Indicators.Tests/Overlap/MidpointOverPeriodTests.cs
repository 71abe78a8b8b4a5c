namespace OmniAlpha.Indicators.Tests.Overlap;

public sealed class MidpointOverPeriodTests
{
    [Fact]
    public void Is_halfway_between_the_highest_and_lowest_of_the_last_n_inputs()
    {
        // MIDPOINT(3): windows 5,1,2 / 1,2,9 / 2,9,4 / 9,4,6 give (5+1)/2, (9+1)/2, (9+2)/2, (9+4)/2.
        double[] values = IndicatorAssert.Feed(new MidpointOverPeriod(3), [5, 1, 2, 9, 4, 6]);

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, 3, 5, 5.5, 6.5], values, tolerance: 0);
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void Equals_a_naive_rescan_of_the_window_including_repeated_values(int seed)
    {
        // Rounded to whole units so equal values (ties) are common.
        double[] prices = PriceSeries.RandomWalk(seed, 2_000).Select(p => Math.Round(p)).ToArray();
        double[] values = IndicatorAssert.Feed(new MidpointOverPeriod(14), prices);

        for (int i = 13; i < prices.Length; i++)
        {
            var window = prices.AsSpan(i - 13, 14).ToArray();
            Assert.Equal((window.Max() + window.Min()) / 2.0, values[i]);
        }
    }

    [Fact]
    public void A_NaN_input_gives_NaN_only_while_it_is_in_the_window()
    {
        double[] values = IndicatorAssert.Feed(new MidpointOverPeriod(2), [1, 3, double.NaN, 5, 7, 2]);

        IndicatorAssert.SeriesEqual([double.NaN, 2, double.NaN, double.NaN, 6, 4.5], values, tolerance: 0);
    }

    [Fact]
    public void Rejects_a_period_below_two()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new MidpointOverPeriod(1)).ParamName);
    }
}
