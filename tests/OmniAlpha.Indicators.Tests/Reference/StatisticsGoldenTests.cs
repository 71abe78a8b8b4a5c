namespace OmniAlpha.Indicators.Tests.Reference;

/// <summary>Statistic functions against TA-Lib's own output, batch and streaming (see <see cref="GoldenConformance"/>).</summary>
public sealed class StatisticsGoldenTests
{
    [Theory]
    [InlineData("STDDEV.csv")]
    [InlineData("STDDEV_1.csv")]
    [InlineData("VAR.csv")]
    [InlineData("LINEARREG.csv")]
    [InlineData("LINEARREG_SLOPE.csv")]
    [InlineData("LINEARREG_INTERCEPT.csv")]
    [InlineData("LINEARREG_ANGLE.csv")]
    [InlineData("TSF.csv")]
    [InlineData("CORREL.csv")]
    [InlineData("BETA.csv")]
    public void Matches_TA_Lib(string file) => GoldenConformance.AssertMatches(file);
}
