namespace OmniAlpha.Indicators.Tests.Reference;

/// <summary>MAMA and the Hilbert transform functions against TA-Lib's own output, batch and streaming.</summary>
public sealed class CycleGoldenTests
{
    [Theory]
    [InlineData("MAMA.csv")]
    [InlineData("MAMA_1.csv")]
    [InlineData("HT_TRENDLINE.csv")]
    [InlineData("HT_DCPERIOD.csv")]
    [InlineData("HT_DCPHASE.csv")]
    [InlineData("HT_PHASOR.csv")]
    [InlineData("HT_SINE.csv")]
    [InlineData("HT_TRENDMODE.csv")]
    public void Matches_TA_Lib(string file) => GoldenConformance.AssertMatches(file);
}
