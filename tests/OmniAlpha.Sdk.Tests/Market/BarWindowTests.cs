using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Sdk.Tests.Market;

public class BarWindowTests
{
    private static Bar BarAt(int i) => new("X", DateTime.UnixEpoch.AddDays(i), i + 1, i + 1, i + 1, i + 1, 0m);

    [Fact]
    public void Index_zero_is_the_newest_bar_across_the_ring_boundary()
    {
        var ring = new[] { BarAt(3), BarAt(4), BarAt(1), BarAt(2) }; // newest (4) at index 1
        var window = new BarWindow(ring, newest: 1, count: 4);
        Assert.Equal([5m, 4m, 3m, 2m], Enumerable.Range(0, 4).Select(i => window[i].Close));
        Assert.Equal(5m, window.Latest.Close);
        Assert.Equal(2m, window.Oldest.Close);
    }

    [Fact]
    public void Reading_beyond_the_available_bars_says_how_many_there_are()
    {
        var window = new BarWindow([BarAt(0), BarAt(1)], newest: 1, count: 2);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => window[2]);
        Assert.Contains("Only 2 bars", e.Message);
        Assert.Equal(0, default(BarWindow).Count);
    }
}
