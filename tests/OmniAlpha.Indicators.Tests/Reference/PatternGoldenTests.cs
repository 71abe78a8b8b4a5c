namespace OmniAlpha.Indicators.Tests.Reference;

/// <summary>Every implemented candlestick pattern against TA-Lib's own output, batch and streaming.</summary>
public sealed class PatternGoldenTests
{
    [Theory]
    [InlineData("CDLDOJI.csv")]
    [InlineData("CDLDOJISTAR.csv")]
    [InlineData("CDLDRAGONFLYDOJI.csv")]
    [InlineData("CDLGRAVESTONEDOJI.csv")]
    [InlineData("CDLLONGLEGGEDDOJI.csv")]
    [InlineData("CDLENGULFING.csv")]
    [InlineData("CDLHAMMER.csv")]
    [InlineData("CDLHANGINGMAN.csv")]
    [InlineData("CDLINVERTEDHAMMER.csv")]
    [InlineData("CDLSHOOTINGSTAR.csv")]
    [InlineData("CDLHARAMI.csv")]
    [InlineData("CDLHARAMICROSS.csv")]
    [InlineData("CDLMORNINGSTAR.csv")]
    [InlineData("CDLEVENINGSTAR.csv")]
    [InlineData("CDLMORNINGDOJISTAR.csv")]
    [InlineData("CDLEVENINGDOJISTAR.csv")]
    public void Matches_TA_Lib(string file) => GoldenConformance.AssertMatches(file);
}
