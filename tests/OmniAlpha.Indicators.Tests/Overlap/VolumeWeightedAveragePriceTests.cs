namespace OmniAlpha.Indicators.Tests.Overlap;

public sealed class VolumeWeightedAveragePriceTests
{
    [Fact]
    public void Weighs_each_bars_typical_price_by_its_volume_since_the_session_started()
    {
        // Typical prices 10 (volume 100) and 11 (volume 300): (1000 + 3300) / 400 = 10.75.
        var vwap = new VolumeWeightedAveragePrice();

        Assert.Equal(10, vwap.Update(11, 9, 10, 100, startsSession: false));
        Assert.Equal(10.75, vwap.Update(12, 10, 11, 300, startsSession: false));
        Assert.Equal(2, vwap.SessionBars);
    }

    [Fact]
    public void Restarts_when_told_a_session_starts()
    {
        var vwap = new VolumeWeightedAveragePrice();
        vwap.Update(11, 9, 10, 100, startsSession: false);
        vwap.Update(12, 10, 11, 300, startsSession: false);

        Assert.Equal(12, vwap.Update(13, 11, 12, 200, startsSession: true));
        Assert.Equal(1, vwap.SessionBars);
    }

    [Fact]
    public void Restarts_when_the_session_date_changes()
    {
        var vwap = new VolumeWeightedAveragePrice();
        var monday = new DateOnly(2026, 11, 23);
        var tuesday = monday.AddDays(1);

        vwap.Update(monday, 11, 9, 10, 100);
        Assert.Equal(10.75, vwap.Update(monday, 12, 10, 11, 300));
        Assert.Equal(12, vwap.Update(tuesday, 13, 11, 12, 200));
        Assert.Equal((12.0 * 200 + 14 * 200) / 400, vwap.Update(tuesday, 15, 13, 14, 200));
    }

    [Fact]
    public void Is_the_typical_price_while_the_session_has_no_volume()
    {
        var vwap = new VolumeWeightedAveragePrice();

        Assert.Equal(10, vwap.Update(11, 9, 10, 0, startsSession: true));
        Assert.Equal(11, vwap.Update(12, 10, 11, 0, startsSession: false));
        Assert.Equal(12, vwap.Update(13, 11, 12, 50, startsSession: false));
    }

    [Fact]
    public void A_NaN_input_gives_NaN_until_the_next_session()
    {
        var vwap = new VolumeWeightedAveragePrice();
        vwap.Update(11, 9, 10, 100, startsSession: true);

        Assert.True(double.IsNaN(vwap.Update(double.NaN, 9, 10, 100, startsSession: false)));
        Assert.True(double.IsNaN(vwap.Update(11, 9, 10, 100, startsSession: false)));
        Assert.Equal(10, vwap.Update(11, 9, 10, 100, startsSession: true));
    }

    [Fact]
    public void Rejects_a_negative_volume()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new VolumeWeightedAveragePrice().Update(11, 9, 10, -5, startsSession: true));
        Assert.Equal("volume", error.ParamName);
    }

    [Fact]
    public void Batch_with_session_dates_equals_streaming_with_the_same_dates()
    {
        var bars = OhlcvWalk.Create(31, 500);
        var sessions = Enumerable.Range(0, bars.Count).Select(i => new DateOnly(2026, 1, 1).AddDays(i / 78)).ToArray();
        var batch = new double[bars.Count];

        Ta.Vwap(sessions, bars.High, bars.Low, bars.Close, bars.Volume, batch);

        var vwap = new VolumeWeightedAveragePrice();
        for (int i = 0; i < bars.Count; i++)
            Assert.Equal(vwap.Update(sessions[i], bars.High[i], bars.Low[i], bars.Close[i], bars.Volume[i]), batch[i]);
    }
}
