using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Sdk.Tests.Data;

public class BarSeriesTests
{
    private static Bar BarAt(Symbol s, int day) => new(s, DateTime.UnixEpoch.AddDays(day), 1m, 1m, 1m, 1m, 0m);

    [Fact]
    public void Bars_must_be_strictly_increasing_in_time_and_of_the_series_symbol()
    {
        var instrument = Instrument.UsEquity("A");
        Assert.Throws<ArgumentException>(() => new BarSeries(instrument, [BarAt("A", 1), BarAt("A", 1)], TimeSpan.FromDays(1)));
        Assert.Throws<ArgumentException>(() => new BarSeries(instrument, [BarAt("A", 2), BarAt("A", 1)], TimeSpan.FromDays(1)));
        Assert.Throws<ArgumentException>(() => new BarSeries(instrument, [BarAt("B", 1)], TimeSpan.FromDays(1)));
    }

    [Fact]
    public void Slice_keeps_bars_whose_end_time_is_within_the_bounds_inclusive()
    {
        var series = new BarSeries(Instrument.UsEquity("A"), [BarAt("A", 1), BarAt("A", 2), BarAt("A", 3), BarAt("A", 4)], TimeSpan.FromDays(1));
        var slice = series.Slice(DateTime.UnixEpoch.AddDays(2), DateTime.UnixEpoch.AddDays(3));
        Assert.Equal(2, slice.Count);
        Assert.Equal(DateTime.UnixEpoch.AddDays(2), slice[0].EndTime);
        Assert.Same(series, series.Slice(null, null));
        Assert.True(series.IsDaily);
    }

    [Fact]
    public void A_window_never_reaches_past_its_newest_bar()
    {
        var series = new BarSeries(Instrument.UsEquity("A"), [BarAt("A", 1), BarAt("A", 2), BarAt("A", 3)], TimeSpan.FromDays(1));
        var window = series.Window(1, 10);
        Assert.Equal(2, window.Count);
        Assert.Equal(DateTime.UnixEpoch.AddDays(2), window.Latest.EndTime);
    }
}
