namespace OmniAlpha.Indicators.Tests.Overlap;

public sealed class BollingerBandsTests
{
    [Fact]
    public void Are_the_SMA_plus_and_minus_multiples_of_the_population_standard_deviation()
    {
        // BBANDS(3, 2, 1): window 1,2,3: mean 2, population variance (1+0+1)/3 = 2/3.
        var bands = new BollingerBands(3, 2.0, 1.0, MovingAverageType.Sma);
        IndicatorAssert.Feed(bands, [1, 2, 3]);
        double sd = Math.Sqrt(2.0 / 3);

        Assert.Equal(2.0, bands.MiddleBand, tolerance: 1e-14);
        Assert.Equal(2.0 + 2 * sd, bands.UpperBand, tolerance: 1e-14);
        Assert.Equal(2.0 - sd, bands.LowerBand, tolerance: 1e-14);
        Assert.Equal(bands.UpperBand, bands.Value);
        Assert.Equal(["upperband", "middleband", "lowerband"], bands.OutputNames);
        Assert.Equal([bands.UpperBand, bands.MiddleBand, bands.LowerBand], [bands.GetOutput(0), bands.GetOutput(1), bands.GetOutput(2)]);
    }

    [Theory]
    [InlineData(MovingAverageType.Sma)]
    [InlineData(MovingAverageType.Ema)]
    [InlineData(MovingAverageType.Wma)]
    [InlineData(MovingAverageType.Dema)]
    [InlineData(MovingAverageType.Tema)]
    [InlineData(MovingAverageType.Trima)]
    [InlineData(MovingAverageType.Kama)]
    [InlineData(MovingAverageType.T3)]
    public void The_middle_band_is_the_chosen_moving_average_and_equal_multipliers_give_a_symmetric_band(MovingAverageType type)
    {
        var bands = new BollingerBands(10, 2.5, 2.5, type);
        var average = MovingAverages.Create(type, 10);
        foreach (double price in PriceSeries.RandomWalk((int)type + 1, 500))
        {
            bands.Update(price);
            double expected = average.Update(price);
            Assert.Equal(average.IsReady, bands.IsReady);
            if (!bands.IsReady) continue;
            Assert.Equal(expected, bands.MiddleBand);
            Assert.Equal(bands.UpperBand - bands.MiddleBand, bands.MiddleBand - bands.LowerBand, tolerance: 1e-9);
            Assert.True(bands.UpperBand >= bands.MiddleBand);
        }
    }

    [Fact]
    public void The_band_width_is_the_standard_deviation_times_the_multipliers()
    {
        var bands = new BollingerBands(20, 2.0, 1.5);
        var deviation = new StandardDeviation(20);
        foreach (double price in PriceSeries.RandomWalk(8, 300))
        {
            bands.Update(price);
            double sd = deviation.Update(price);
            if (!bands.IsReady) continue;
            Assert.Equal(2.0 * sd, bands.UpperBand - bands.MiddleBand, tolerance: 1e-9);
            Assert.Equal(1.5 * sd, bands.MiddleBand - bands.LowerBand, tolerance: 1e-9);
        }
    }

    [Fact]
    public void A_flat_input_collapses_the_bands_onto_the_price()
    {
        var bands = new BollingerBands(5);
        IndicatorAssert.Feed(bands, Enumerable.Repeat(101.37, 12));

        Assert.Equal(101.37, bands.UpperBand, tolerance: 1e-12);
        Assert.Equal(101.37, bands.LowerBand, tolerance: 1e-12);
    }

    [Fact]
    public void Has_TA_Libs_defaults_and_the_lookback_of_its_moving_average()
    {
        var bands = new BollingerBands();
        Assert.Equal((5, 2.0, 2.0, MovingAverageType.Sma), (bands.Period, bands.DeviationsUp, bands.DeviationsDown, bands.Type));
        Assert.Equal(4, bands.Lookback);
        Assert.Equal(8, new BollingerBands(5, 2, 2, MovingAverageType.Dema).Lookback);
        Assert.Equal(24, new BollingerBands(5, 2, 2, MovingAverageType.T3).Lookback);
    }

    [Fact]
    public void A_NaN_input_makes_every_later_value_NaN()
    {
        var bands = new BollingerBands(3);
        IndicatorAssert.Feed(bands, [1, 2, 3, double.NaN, 5, 6, 7, 8]);

        Assert.True(double.IsNaN(bands.UpperBand) && double.IsNaN(bands.MiddleBand) && double.IsNaN(bands.LowerBand));
    }

    [Fact]
    public void Rejects_bad_parameters_with_the_parameter_named()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new BollingerBands(1)).ParamName);
        Assert.Equal("deviationsUp", Assert.Throws<ArgumentOutOfRangeException>(() => new BollingerBands(5, double.NaN)).ParamName);
        Assert.Equal("deviationsDown", Assert.Throws<ArgumentOutOfRangeException>(() => new BollingerBands(5, 2, double.PositiveInfinity)).ParamName);
        Assert.Equal("type", Assert.Throws<ArgumentOutOfRangeException>(() => new BollingerBands(5, 2, 2, (MovingAverageType)9)).ParamName);
    }

    [Fact]
    public void Asking_for_a_fourth_output_fails_clearly()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new BollingerBands().GetOutput(3));
        Assert.Contains("lowerband", error.Message);
    }
}
