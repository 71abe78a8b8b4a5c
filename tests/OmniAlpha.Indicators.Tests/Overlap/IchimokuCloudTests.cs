namespace OmniAlpha.Indicators.Tests.Overlap;

public sealed class IchimokuCloudTests
{
    [Fact]
    public void Computes_the_five_lines_from_the_bars_up_to_now()
    {
        // Periods 2, 3, 4. Bar 4: tenkan (bars 3-4) (13+7)/2 = 10; kijun (bars 2-4) (13+7)/2 = 10;
        // senkou B (bars 1-4) (20+1)/2 = 10.5; senkou A (10+10)/2 = 10; chikou = close 12.
        // Bar 5: tenkan (13+8)/2 = 10.5; kijun (13+7)/2 = 10; senkou B (13+7)/2 = 10; senkou A 10.25; chikou 8.5.
        var ichimoku = new IchimokuCloud(2, 3, 4);
        ichimoku.Update(20, 1, 10);
        ichimoku.Update(12, 9, 11);
        Assert.True(double.IsNaN(ichimoku.Update(11, 7, 8)));

        ichimoku.Update(13, 10, 12);
        Assert.Equal([10, 10, 10, 10.5, 12], Outputs(ichimoku));

        ichimoku.Update(9, 8, 8.5);
        Assert.Equal([10.5, 10, 10.25, 10, 8.5], Outputs(ichimoku));
    }

    [Fact]
    public void Never_looks_ahead_values_up_to_a_bar_do_not_depend_on_later_bars()
    {
        var first = OhlcvWalk.Create(40, 400);
        var second = OhlcvWalk.Create(41, 400);
        var a = new IchimokuCloud();
        var b = new IchimokuCloud();
        for (int i = 0; i < 400; i++)
        {
            // Identical history up to bar 250, different afterwards.
            a.Update(first.High[i], first.Low[i], first.Close[i]);
            if (i <= 250) b.Update(first.High[i], first.Low[i], first.Close[i]);
            else b.Update(second.High[i], second.Low[i], second.Close[i]);
            if (i <= 250) Assert.Equal(Outputs(a), Outputs(b));
        }
    }

    [Fact]
    public void Has_Hosodas_periods_and_reports_once_the_longest_window_is_full()
    {
        var ichimoku = new IchimokuCloud();
        Assert.Equal((9, 26, 52, 51), (ichimoku.TenkanPeriod, ichimoku.KijunPeriod, ichimoku.SenkouPeriod, ichimoku.Lookback));
        Assert.Equal(["tenkan", "kijun", "senkoua", "senkoub", "chikou"], ichimoku.OutputNames);
    }

    [Fact]
    public void Rejects_a_period_below_one()
    {
        Assert.Equal("senkouPeriod", Assert.Throws<ArgumentOutOfRangeException>(() => new IchimokuCloud(9, 26, 0)).ParamName);
    }

    private static double[] Outputs(IchimokuCloud ichimoku) => [.. Enumerable.Range(0, 5).Select(ichimoku.GetOutput)];
}
