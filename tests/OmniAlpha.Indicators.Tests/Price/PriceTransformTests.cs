namespace OmniAlpha.Indicators.Tests.Price;

/// <summary>AVGPRICE, MEDPRICE, TYPPRICE and WCLPRICE: one value per bar, ready from the first bar.</summary>
public sealed class PriceTransformTests
{
    [Fact]
    public void Average_price_is_the_mean_of_open_high_low_and_close()
    {
        Assert.Equal(10.5, new AveragePrice().Update(open: 10, high: 12, low: 9, close: 11));
        Assert.Equal(10.5, AveragePrice.Of(10, 12, 9, 11));
    }

    [Fact]
    public void Median_price_is_halfway_between_high_and_low()
    {
        Assert.Equal(10.5, new MedianPrice().Update(high: 12, low: 9));
    }

    [Fact]
    public void Typical_price_is_the_mean_of_high_low_and_close()
    {
        Assert.Equal(32.0 / 3, new TypicalPrice().Update(high: 12, low: 9, close: 11));
    }

    [Fact]
    public void Weighted_close_counts_the_close_twice()
    {
        Assert.Equal(10.75, new WeightedClosePrice().Update(high: 12, low: 9, close: 11));
    }

    [Fact]
    public void Are_ready_from_the_first_bar_and_a_NaN_affects_only_its_own_bar()
    {
        IBarIndicator[] transforms = [new AveragePrice(), new MedianPrice(), new TypicalPrice(), new WeightedClosePrice()];
        foreach (var transform in transforms)
        {
            Assert.Equal(0, transform.Lookback);
            Assert.True(double.IsNaN(transform.Update(10, double.NaN, double.NaN, double.NaN, 0)));
            Assert.True(transform.IsReady);
            Assert.False(double.IsNaN(transform.Update(10, 12, 9, 11, 0)));
        }
    }

    [Fact]
    public void Batch_rejects_columns_of_different_lengths()
    {
        var error = Assert.Throws<ArgumentException>(() => Ta.TypPrice(new double[3], new double[3], new double[2], new double[3]));
        Assert.Equal("close", error.ParamName);
        Assert.Throws<ArgumentException>(() => Ta.MedPrice(new double[3], new double[3], new double[2]));
    }
}
