using OmniAlpha.Indicators.Catalog;
using OmniAlpha.Indicators.Tests.Reference;

namespace OmniAlpha.Indicators.Tests.Contracts;

/// <summary>The catalog entries of the overlap, volatility, statistics and price groups speak TA-Lib's language.</summary>
public sealed class OverlapGroupCatalogTests
{
    public static TheoryData<string> TaLibFunctions =>
    [
        "WMA", "DEMA", "TEMA", "TRIMA", "KAMA", "T3", "BBANDS", "MIDPOINT", "MIDPRICE", "SAR", "SAREXT",
        "TRANGE", "ATR", "NATR", "STDDEV", "VAR",
        "LINEARREG", "LINEARREG_SLOPE", "LINEARREG_INTERCEPT", "LINEARREG_ANGLE", "TSF", "CORREL", "BETA",
        "AVGPRICE", "MEDPRICE", "TYPPRICE", "WCLPRICE",
    ];

    [Theory]
    [MemberData(nameof(TaLibFunctions))]
    public void Parameters_have_TA_Libs_names_and_defaults(string name)
    {
        var definition = IndicatorCatalog.Find(name)!;
        // The first golden file of each function ran with TA-Lib's defaults and lists every parameter.
        var golden = TaLibGolden.Load(name + ".csv");

        Assert.Equal(golden.Parameters.Keys.Order(), definition.Parameters.Select(p => p.Name).Order());
        foreach (var parameter in definition.Parameters)
            Assert.Equal(golden.Parameters[parameter.Name], parameter.Default);
        Assert.Equal(golden.OutputNames, definition.Outputs);
    }

    [Theory]
    [InlineData("WMA", "timeperiod", 1, "[2, 100000]")]
    [InlineData("T3", "vfactor", 1.5, "[0, 1]")]
    [InlineData("BBANDS", "matype", 9, "[0, 8]")]
    [InlineData("SAR", "acceleration", -0.1, "[0, ")]
    [InlineData("ATR", "timeperiod", 0, "[1, 100000]")]
    [InlineData("CORREL", "timeperiod", 0, "[1, 100000]")]
    public void Out_of_range_parameters_are_rejected_with_the_range_in_the_message(string name, string parameter, double value, string range)
    {
        var definition = IndicatorCatalog.Find(name)!;

        var error = Assert.Throws<ArgumentException>(() => definition.Arguments(new Dictionary<string, double> { [parameter] = value }));

        Assert.Contains(parameter, error.Message);
        Assert.Contains(range, error.Message);
    }

    [Theory]
    [InlineData("VWAP", "vwap")]
    [InlineData("KELTNER", "upperband,middleband,lowerband")]
    [InlineData("DONCHIAN", "upperband,middleband,lowerband")]
    [InlineData("ICHIMOKU", "tenkan,kijun,senkoua,senkoub,chikou")]
    public void Non_TA_Lib_overlap_studies_are_listed_with_lowercase_outputs(string name, string outputs)
    {
        var definition = IndicatorCatalog.Find(name.ToLowerInvariant());

        Assert.NotNull(definition);
        Assert.Equal(outputs, string.Join(',', definition.Outputs));
        Assert.Equal("Overlap Studies", definition.Group);
    }
}
