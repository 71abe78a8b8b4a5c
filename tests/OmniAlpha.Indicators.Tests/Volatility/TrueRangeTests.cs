namespace OmniAlpha.Indicators.Tests.Volatility;

public sealed class TrueRangeTests
{
    [Fact]
    public void Is_the_largest_of_the_bar_range_and_the_gaps_from_the_previous_close()
    {
        var range = new TrueRange();

        Assert.True(double.IsNaN(range.Update(11, 9, 10)));   // no previous close yet
        Assert.Equal(2, range.Update(11.5, 9.5, 11));         // range 2, gaps 1.5 and 0.5
        Assert.Equal(4, range.Update(15, 14, 14.5));          // gap up: 15 - 11
        Assert.Equal(6.5, range.Update(9, 8, 8.5));           // gap down: 14.5 - 8
    }

    [Fact]
    public void Has_lookback_one_and_a_static_form()
    {
        Assert.Equal(1, new TrueRange().Lookback);
        Assert.Equal(3, TrueRange.Of(high: 12, low: 11, previousClose: 9));
    }

    [Fact]
    public void A_NaN_input_gives_NaN_for_the_bars_that_use_it()
    {
        var range = new TrueRange();
        range.Update(11, 9, 10);

        Assert.Equal(2, range.Update(11, 9, double.NaN));      // a bar's own close is not used
        Assert.True(double.IsNaN(range.Update(11, 9, 10)));    // the NaN close is the next bar's previous close
        Assert.Equal(2, range.Update(11, 9, 10));
    }
}
