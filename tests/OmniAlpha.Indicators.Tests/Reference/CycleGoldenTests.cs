namespace OmniAlpha.Indicators.Tests.Reference;

/// <summary>
/// MAMA and the Hilbert transform functions against TA-Lib's own output, batch and streaming. They reproduce TA-Lib's
/// arithmetic step by step and match its output bit for bit on Linux x64; the tolerance (1e-10 relative, far tighter
/// than the library-wide 1e-6) only leaves room for a platform whose atan/sin differ in the last bit.
/// </summary>
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
    public void Matches_TA_Lib(string file) => GoldenConformance.AssertMatches(file, relativeTolerance: 1e-10);
}
