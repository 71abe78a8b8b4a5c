namespace OmniAlpha.Indicators.Tests.Momentum;

public sealed class MoneyFlowIndexTests
{
    [Fact]
    public void Is_the_share_of_positive_money_flow_over_the_last_n_flows()
    {
        // Typical prices 10, 11, 10, 12 with volumes 100, 100, 200, 50: flows +1100, -2000, +600.
        var mfi = new MoneyFlowIndex(2);

        double[] values = [mfi.Update(10, 10, 10, 100), mfi.Update(11, 11, 11, 100), mfi.Update(10, 10, 10, 200), mfi.Update(12, 12, 12, 50)];

        IndicatorAssert.SeriesEqual([double.NaN, double.NaN, 100 * 1100.0 / 3100, 100 * 600.0 / 2600], values);
    }

    [Fact]
    public void Is_zero_when_the_flows_total_less_than_one_as_in_TA_Lib()
    {
        var mfi = new MoneyFlowIndex(2);
        mfi.Update(10, 10, 10, 0.001);
        mfi.Update(11, 11, 11, 0.001);

        Assert.Equal(0.0, mfi.Update(12, 12, 12, 0.001));
    }

    [Theory]
    [MemberData(nameof(PriceSeries.Seeds), MemberType = typeof(PriceSeries))]
    public void Stays_within_zero_and_one_hundred_up_to_rounding_of_the_running_sums(int seed)
    {
        var bars = RandomBars.Generate(seed, 1_000);
        var mfi = new MoneyFlowIndex(14);
        for (int i = 0; i < bars.Count; i++)
        {
            double value = mfi.Update(bars.High[i], bars.Low[i], bars.Close[i], bars.Volume[i]);
            // TA-Lib subtracts leaving flows from running sums, so an emptied side can hold a rounding residue.
            if (mfi.IsReady) Assert.InRange(value, -1e-9, 100.0 + 1e-9);
        }
    }

    [Fact]
    public void A_NaN_input_makes_every_later_value_NaN()
    {
        var mfi = new MoneyFlowIndex(2);
        mfi.Update(10, 10, 10, 100);
        mfi.Update(11, 11, 11, 100);
        mfi.Update(10, 10, 10, double.NaN);
        for (int i = 0; i < 5; i++) mfi.Update(10 + i, 10 + i, 10 + i, 100);

        Assert.True(double.IsNaN(mfi.Value));
    }

    [Fact]
    public void Rejects_a_period_below_two()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new MoneyFlowIndex(1)).ParamName);
    }
}
