namespace OmniAlpha.Indicators.Tests.Overlap;

public sealed class TriangularMovingAverageTests
{
    private static readonly double[] Doubling = [1, 2, 4, 8, 16, 32];

    [Fact]
    public void An_odd_period_weighs_one_two_three_two_one_over_nine()
    {
        // TRIMA(5): (1*1 + 2*2 + 3*4 + 2*8 + 1*16)/9 = 49/9; (1*2 + 2*4 + 3*8 + 2*16 + 1*32)/9 = 98/9.
        double[] values = IndicatorAssert.Feed(new TriangularMovingAverage(5), Doubling);

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, double.NaN, double.NaN, 49.0 / 9, 98.0 / 9], values, tolerance: 1e-13);
    }

    [Fact]
    public void An_even_period_weighs_one_two_two_one_over_six()
    {
        // TRIMA(4): (1 + 2*2 + 2*4 + 8)/6 = 21/6; (2 + 2*4 + 2*8 + 16)/6 = 7; (4 + 16 + 32 + 32)/6 = 14.
        double[] values = IndicatorAssert.Feed(new TriangularMovingAverage(4), Doubling);

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, double.NaN, 3.5, 7, 14], values, tolerance: 1e-13);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(10)]
    [InlineData(11)]
    public void Equals_the_SMA_of_an_SMA_over_a_random_walk(int period)
    {
        // Odd n = 2m+1: SMA(m+1) of SMA(m+1). Even n = 2m: SMA(m+1) of SMA(m).
        int half = period / 2;
        var inner = new SimpleMovingAverage(period % 2 == 1 ? half + 1 : half);
        var outer = new SimpleMovingAverage(half + 1);
        var trima = new TriangularMovingAverage(period);
        foreach (double price in PriceSeries.RandomWalk(period, 800))
        {
            double smoothed = inner.Update(price);
            double expected = inner.IsReady ? outer.Update(smoothed) : double.NaN;
            double actual = trima.Update(price);
            Assert.Equal(trima.IsReady, outer.IsReady);
            if (trima.IsReady) Assert.Equal(expected, actual, tolerance: 1e-9);
        }
    }

    [Fact]
    public void Handles_TA_Libs_largest_period_without_integer_overflow()
    {
        // TA-Lib's own weight sum overflows an int at this period; the average of a constant must still be the constant.
        double[] values = IndicatorAssert.Feed(new TriangularMovingAverage(100000), Enumerable.Repeat(3.5, 100000 + 10));

        Assert.All(values.Skip(100000 - 1), v => Assert.Equal(3.5, v, tolerance: 1e-9));
    }

    [Fact]
    public void Rejects_a_period_below_two()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new TriangularMovingAverage(1)).ParamName);
    }
}
