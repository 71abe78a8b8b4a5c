namespace OmniAlpha.Indicators.Tests.Reference;

/// <summary>Cross-checks every indicator against TA-Lib's own output, value by value.</summary>
public sealed class TaLibConformanceTests
{
    private static readonly TaLibReference Reference = TaLibReference.Instance;

    [Fact]
    public void The_reference_covers_warm_up_a_trend_and_a_flat_stretch()
    {
        Assert.Equal(400, Reference.Closes.Length);
        Assert.Equal(19, Reference.Sma20.TakeWhile(double.IsNaN).Count());
        Assert.Equal(14, Reference.Rsi14.TakeWhile(double.IsNaN).Count());
    }

    [Fact]
    public void SMA_matches_TA_Lib()
    {
        IndicatorAssert.SeriesEqual(Reference.Sma20, IndicatorAssert.Feed(new SimpleMovingAverage(20), Reference.Closes));
    }

    [Fact]
    public void EMA_matches_TA_Lib()
    {
        IndicatorAssert.SeriesEqual(Reference.Ema20, IndicatorAssert.Feed(new ExponentialMovingAverage(20), Reference.Closes));
    }

    [Fact]
    public void RSI_matches_TA_Lib()
    {
        IndicatorAssert.SeriesEqual(Reference.Rsi14, IndicatorAssert.Feed(new RelativeStrengthIndex(14), Reference.Closes));
    }

    // The classic 14-period RSI worksheet series (StockCharts ChartSchool); expected values from TA-Lib's RSI,
    // which round to the worksheet's 70.46, 66.25, 66.48, ...
    private static readonly double[] WilderCloses =
    [
        44.34, 44.09, 44.15, 43.61, 44.33, 44.83, 45.10, 45.42, 45.84, 46.08, 45.89, 46.03, 45.61, 46.28, 46.28,
        46.00, 46.03, 46.41, 46.22, 45.64, 46.21, 46.25, 45.71, 46.45, 45.78, 45.35, 44.03, 44.18, 44.22, 44.57,
        43.42, 42.66, 43.13,
    ];

    private static readonly double[] WilderRsi14 =
    [
        70.46413502109704, 66.24961855355505, 66.48094183471265, 69.34685316290864, 66.29471265892624,
        57.91502067008556, 62.88071830996241, 63.208788718287764, 56.01158478954758, 62.33992931089789,
        54.67097137765515, 50.386815195114224, 40.01942379131357, 41.49263540422282, 41.902429678458105,
        45.499497238680405, 37.32277831337995, 33.090482572723396, 37.78877198205783,
    ];

    [Fact]
    public void RSI_reproduces_the_classic_Wilder_example()
    {
        double[] values = IndicatorAssert.Feed(new RelativeStrengthIndex(14), WilderCloses);

        IndicatorAssert.SeriesEqual([.. Enumerable.Repeat(double.NaN, 14), .. WilderRsi14], values);
        Assert.Equal(70.46, Math.Round(values[14], 2));
    }

    // The classic 10-day EMA worksheet series (StockCharts ChartSchool); expected values from TA-Lib.
    private static readonly double[] EmaCloses =
    [
        22.27, 22.19, 22.08, 22.17, 22.18, 22.13, 22.23, 22.43, 22.24, 22.29, 22.15, 22.39, 22.38, 22.61, 23.36,
        24.05, 23.75, 23.83, 23.95, 23.63, 23.82, 23.87, 23.65, 23.19, 23.10, 23.33, 22.68, 23.10, 22.40, 22.17,
    ];

    [Fact]
    public void SMA_and_EMA_reproduce_the_classic_ten_day_example()
    {
        double[] sma10 =
        [
            22.221, 22.209, 22.229, 22.259, 22.303, 22.421, 22.613, 22.765, 22.905, 23.076, 23.21, 23.377, 23.525,
            23.652, 23.71, 23.684, 23.612, 23.505, 23.432, 23.277, 23.131,
        ];
        double[] ema10 =
        [
            22.220999999999997, 22.208090909090906, 22.241165289256195, 22.266407963936885, 22.32887924322109,
            22.516355744453616, 22.79520015455296, 22.96880012645242, 23.12538192164289, 23.275312481344184,
            23.339801121099786, 23.42711000817255, 23.507635461232088, 23.533519922826255, 23.471061755039663,
            23.403595981396087, 23.390214893869526, 23.261084913165977, 23.2317967471358, 23.08056097492929,
            22.915004434033058,
        ];
        double[] notReady = [.. Enumerable.Repeat(double.NaN, 9)];

        IndicatorAssert.SeriesEqual([.. notReady, .. sma10], IndicatorAssert.Feed(new SimpleMovingAverage(10), EmaCloses));
        IndicatorAssert.SeriesEqual([.. notReady, .. ema10], IndicatorAssert.Feed(new ExponentialMovingAverage(10), EmaCloses));
    }
}
