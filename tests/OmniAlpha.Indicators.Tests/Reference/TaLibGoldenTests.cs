namespace OmniAlpha.Indicators.Tests.Reference;

/// <summary>Every implemented function against TA-Lib's own output, batch and streaming (see <see cref="GoldenConformance"/>).</summary>
public sealed class TaLibGoldenTests
{
    [Theory]
    [InlineData("SMA.csv")]
    [InlineData("SMA_1.csv")]
    [InlineData("EMA.csv")]
    [InlineData("EMA_1.csv")]
    [InlineData("RSI.csv")]
    [InlineData("RSI_1.csv")]
    public void Matches_TA_Lib(string file) => GoldenConformance.AssertMatches(file);
}
