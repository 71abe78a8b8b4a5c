namespace OmniAlpha.Indicators.Tests.Momentum;

/// <summary>Indicators of indicators: a streaming indicator fed with another's ready values.</summary>
public sealed class IndicatorCompositionTests
{
    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void An_EMA_of_the_RSI_equals_the_batch_EMA_of_the_RSI_values(int seed)
    {
        double[] prices = PriceSeries.RandomWalk(seed, 300);
        var rsi = new RelativeStrengthIndex(14);
        var smoothed = new ExponentialMovingAverage(9);
        var streamed = new List<double>();
        foreach (double price in prices)
        {
            double strength = rsi.Update(price);
            if (rsi.IsReady) streamed.Add(smoothed.Update(strength));
        }

        var rsiValues = new double[prices.Length];
        Ta.Rsi(prices, 14, rsiValues);
        double[] ready = rsiValues[14..];
        var expected = new double[ready.Length];
        Ta.Ema(ready, 9, expected);

        Assert.Equal(expected, streamed);
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void A_MACD_of_the_CMO_and_an_RSI_of_the_MACD_histogram_run_without_help(int seed)
    {
        var cmo = new ChandeMomentumOscillator(9);
        var macd = new Macd(5, 13, 4);
        var rsi = new RelativeStrengthIndex(6);
        int values = 0;
        foreach (double price in PriceSeries.RandomWalk(seed, 400))
        {
            double momentum = cmo.Update(price);
            if (!cmo.IsReady) continue;
            macd.Update(momentum);
            if (!macd.IsReady) continue;
            double strength = rsi.Update(macd.Histogram);
            if (!rsi.IsReady) continue;
            Assert.InRange(strength, 0.0, 100.0);
            values++;
        }

        Assert.Equal(400 - cmo.Lookback - macd.Lookback - rsi.Lookback, values);
    }
}
