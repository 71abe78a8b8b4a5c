namespace OmniAlpha.Indicators.Tests.Statistics;

public sealed class PearsonCorrelationTests
{
    [Fact]
    public void Is_one_for_a_positive_linear_relation_and_minus_one_for_a_negative_one()
    {
        var up = new PearsonCorrelation(4);
        var down = new PearsonCorrelation(4);
        double[] x = [1, 4, 2, 8, 5, 7];
        for (int i = 0; i < x.Length; i++)
        {
            up.Update(x[i], 3 * x[i] + 2);
            down.Update(x[i], -0.5 * x[i] + 10);
        }

        Assert.Equal(1.0, up.Value, 1e-12);
        Assert.Equal(-1.0, down.Value, 1e-12);
    }

    [Fact]
    public void Matches_a_hand_worked_window()
    {
        // x = 1, 2, 3; y = 1, 3, 2: cov = ((-1)(-1) + 0 + (1)(0))/3 = 1/3, var x = 2/3, var y = 2/3: r = 0.5.
        var correl = new PearsonCorrelation(3);
        correl.Update(1, 1);
        correl.Update(2, 3);

        Assert.Equal(0.5, correl.Update(3, 2), 1e-12);
    }

    [Fact]
    public void Is_zero_when_a_series_is_flat()
    {
        var correl = new PearsonCorrelation(3);
        foreach (double x in new double[] { 1, 2, 3, 4 }) correl.Update(x, 7);

        Assert.Equal(0.0, correl.Value);
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void Stays_within_minus_one_and_one(int seed)
    {
        var bars = OhlcvWalk.Create(seed, 1_000);
        var correl = new PearsonCorrelation(10);
        for (int i = 0; i < bars.Count; i++)
        {
            double r = correl.Update(bars.Close[i], bars.Open[(i * 7) % bars.Count]);
            if (correl.IsReady) Assert.InRange(r, -1 - 1e-9, 1 + 1e-9);
        }
    }

    [Fact]
    public void Has_TA_Libs_default_period_and_rejects_a_period_below_one()
    {
        Assert.Equal((30, 29), (new PearsonCorrelation().Period, new PearsonCorrelation().Lookback));
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new PearsonCorrelation(0)).ParamName);
    }

    [Fact]
    public void Batch_rejects_inputs_of_different_lengths()
    {
        var error = Assert.Throws<ArgumentException>(() => Ta.Correl(new double[5], new double[4], 3, new double[5]));
        Assert.Contains("differ in length", error.Message);
    }
}
