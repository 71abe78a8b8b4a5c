namespace OmniAlpha.Indicators.Tests.Reference;

/// <summary>Price transforms against TA-Lib's own output, batch and streaming (see <see cref="GoldenConformance"/>).</summary>
public sealed class PriceTransformGoldenTests
{
    [Theory]
    [InlineData("AVGPRICE.csv")]
    [InlineData("MEDPRICE.csv")]
    [InlineData("TYPPRICE.csv")]
    [InlineData("WCLPRICE.csv")]
    public void Matches_TA_Lib(string file) => GoldenConformance.AssertMatches(file);
}
