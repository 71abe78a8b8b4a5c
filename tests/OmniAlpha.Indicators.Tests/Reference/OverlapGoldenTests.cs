namespace OmniAlpha.Indicators.Tests.Reference;

/// <summary>Overlap studies (moving averages, bands, midpoints, SAR) against TA-Lib's own output, batch and streaming (see <see cref="GoldenConformance"/>).</summary>
public sealed class OverlapGoldenTests
{
    [Theory]
    [InlineData("WMA.csv")]
    [InlineData("WMA_1.csv")]
    [InlineData("DEMA.csv")]
    [InlineData("TEMA.csv")]
    [InlineData("TRIMA.csv")]
    [InlineData("TRIMA_1.csv")]
    [InlineData("KAMA.csv")]
    [InlineData("T3.csv")]
    [InlineData("T3_1.csv")]
    [InlineData("BBANDS.csv")]
    [InlineData("BBANDS_1.csv")]
    [InlineData("BBANDS_2.csv")]
    [InlineData("BBANDS_3.csv")]
    [InlineData("BBANDS_4.csv")]
    [InlineData("BBANDS_5.csv")]
    [InlineData("BBANDS_6.csv")]
    [InlineData("BBANDS_7.csv")]
    [InlineData("BBANDS_8.csv")]
    [InlineData("MIDPOINT.csv")]
    [InlineData("MIDPRICE.csv")]
    [InlineData("SAR.csv")]
    [InlineData("SAR_1.csv")]
    [InlineData("SAREXT.csv")]
    [InlineData("SAREXT_1.csv")]
    public void Matches_TA_Lib(string file) => GoldenConformance.AssertMatches(file);
}
