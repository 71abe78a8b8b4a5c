namespace OmniAlpha.Indicators.Tests.Reference;

/// <summary>
/// The overlap, volatility and statistics functions against TA-Lib at settings that reach TA-Lib's special paths
/// (files <c>NAME_xN.csv</c> from <c>generate-overlap-extra-golden.js</c>), batch and streaming.
/// </summary>
public sealed class OverlapEdgeGoldenTests
{
    [Theory]
    [InlineData("ATR_x1.csv")]
    [InlineData("ATR_x2.csv")]
    [InlineData("BBANDS_x1.csv")]
    [InlineData("BBANDS_x2.csv")]
    [InlineData("BBANDS_x3.csv")]
    [InlineData("BBANDS_x4.csv")]
    [InlineData("BETA_x1.csv")]
    [InlineData("BETA_x2.csv")]
    [InlineData("CORREL_x1.csv")]
    [InlineData("CORREL_x2.csv")]
    [InlineData("DEMA_x1.csv")]
    [InlineData("KAMA_x1.csv")]
    [InlineData("KAMA_x2.csv")]
    [InlineData("LINEARREG_ANGLE_x1.csv")]
    [InlineData("LINEARREG_INTERCEPT_x1.csv")]
    [InlineData("LINEARREG_SLOPE_x1.csv")]
    [InlineData("LINEARREG_x1.csv")]
    [InlineData("MIDPOINT_x1.csv")]
    [InlineData("MIDPRICE_x1.csv")]
    [InlineData("NATR_x1.csv")]
    [InlineData("NATR_x2.csv")]
    [InlineData("SAREXT_x1.csv")]
    [InlineData("SAREXT_x2.csv")]
    [InlineData("SAREXT_x3.csv")]
    [InlineData("SAR_x1.csv")]
    [InlineData("SAR_x2.csv")]
    [InlineData("STDDEV_x1.csv")]
    [InlineData("T3_x1.csv")]
    [InlineData("T3_x2.csv")]
    [InlineData("TEMA_x1.csv")]
    [InlineData("TRIMA_x1.csv")]
    [InlineData("TRIMA_x2.csv")]
    [InlineData("TRIMA_x3.csv")]
    [InlineData("TRIMA_x4.csv")]
    [InlineData("TSF_x1.csv")]
    [InlineData("VAR_x1.csv")]
    [InlineData("VAR_x2.csv")]
    [InlineData("WMA_x1.csv")]
    public void Matches_TA_Lib(string file) => GoldenConformance.AssertMatches(file);
}
