using OmniAlpha.Kernel.Live;
using OmniAlpha.Server.Ports;

namespace OmniAlpha.Server.Tests.Ports;

/// <summary>Equity curve thinning: evenly spaced, first and last kept, short curves untouched.</summary>
public sealed class EquityCurvesSpec
{
    private static readonly DateTime T0 = new(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc);

    private static List<EquitySample> Curve(int count) =>
        Enumerable.Range(0, count).Select(i => new EquitySample(T0.AddMinutes(i), 1000m + i)).ToList();

    [Fact]
    public void Keeps_first_and_last_and_spaces_the_rest_evenly()
    {
        Assert.Equal([1000m, 1999m, 2999m], EquityCurves.Thin(Curve(2000), 3).Select(s => s.Equity));
        Assert.Equal([1000m, 2999m], EquityCurves.Thin(Curve(2000), 2).Select(s => s.Equity));
    }

    [Fact]
    public void Short_curves_are_returned_whole()
    {
        var curve = Curve(5);
        Assert.Same(curve, EquityCurves.Thin(curve, 5));
        Assert.Empty(EquityCurves.Thin([], 10));
    }

    [Fact]
    public void Fewer_than_two_points_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EquityCurves.Thin(Curve(5), 1));
    }
}
