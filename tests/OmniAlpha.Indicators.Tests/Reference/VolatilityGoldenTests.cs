namespace OmniAlpha.Indicators.Tests.Reference;

/// <summary>Volatility indicators against TA-Lib's own output, batch and streaming (see <see cref="GoldenConformance"/>).</summary>
public sealed class VolatilityGoldenTests
{
    [Theory]
    [InlineData("TRANGE.csv")]
    [InlineData("ATR.csv")]
    [InlineData("ATR_1.csv")]
    [InlineData("NATR.csv")]
    public void Matches_TA_Lib(string file) => GoldenConformance.AssertMatches(file);
}
