namespace OmniAlpha.Indicators.Tests.Overlap;

public sealed class MovingAveragesTests
{
    [Theory]
    [InlineData(MovingAverageType.Sma, typeof(SimpleMovingAverage))]
    [InlineData(MovingAverageType.Ema, typeof(ExponentialMovingAverage))]
    [InlineData(MovingAverageType.Wma, typeof(WeightedMovingAverage))]
    [InlineData(MovingAverageType.Dema, typeof(DoubleExponentialMovingAverage))]
    [InlineData(MovingAverageType.Tema, typeof(TripleExponentialMovingAverage))]
    [InlineData(MovingAverageType.Trima, typeof(TriangularMovingAverage))]
    [InlineData(MovingAverageType.Kama, typeof(KaufmanAdaptiveMovingAverage))]
    [InlineData(MovingAverageType.T3, typeof(T3MovingAverage))]
    public void Creates_the_average_of_each_TA_Lib_code(MovingAverageType type, Type expected)
    {
        Assert.IsType(expected, MovingAverages.Create(type, 10));
    }

    [Fact]
    public void T3_uses_TA_Libs_volume_factor_of_seven_tenths()
    {
        Assert.Equal(0.7, Assert.IsType<T3MovingAverage>(MovingAverages.Create(MovingAverageType.T3, 5)).VolumeFactor);
    }

    [Theory]
    [InlineData(MovingAverageType.Sma)]
    [InlineData(MovingAverageType.Kama)]
    [InlineData(MovingAverageType.Mama)]
    [InlineData(MovingAverageType.T3)]
    public void A_period_of_one_is_the_input_itself_for_every_type(MovingAverageType type)
    {
        var average = MovingAverages.Create(type, 1);

        Assert.Equal(0, average.Lookback);
        IndicatorAssert.SeriesEqual([3, -1.5, 7], IndicatorAssert.Feed(average, [3, -1.5, 7]), tolerance: 0);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(9)]
    public void Rejects_an_unknown_type(int code)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => MovingAverages.Create((MovingAverageType)code, 5));
        Assert.Equal("type", error.ParamName);
    }

    [Fact]
    public void Rejects_a_period_below_one()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => MovingAverages.Create(MovingAverageType.Ema, 0)).ParamName);
    }
}
