using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Sdk.Tests.Market;

public class BarTests
{
    private static readonly DateTime T = new(2024, 1, 2, 21, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_consistent_bar_validates()
    {
        Assert.Null(new Bar("X", T, 10m, 11m, 9m, 10.5m, 100m).Validate());
    }

    [Theory]
    [InlineData(0, 11, 9, 10, 100, "Open: price must be positive")]
    [InlineData(10, 9, 9.5, 9.5, 100, "High: high is below low")]
    [InlineData(12, 11, 9, 10, 100, "Open: open is outside [low, high]")]
    [InlineData(10, 11, 9, 8, 100, "Close: close is outside [low, high]")]
    [InlineData(10, 11, 9, 10, -1, "Volume: volume is negative")]
    public void Inconsistent_bars_name_the_field_and_the_problem(double open, double high, double low, double close, double volume, string problem)
    {
        var bar = new Bar("X", T, (decimal)open, (decimal)high, (decimal)low, (decimal)close, (decimal)volume);
        Assert.Equal(problem, bar.Validate());
    }
}
