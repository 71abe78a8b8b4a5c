using OmniAlpha.Indicators.Catalog;
using OmniAlpha.Indicators.Patterns;

namespace OmniAlpha.Indicators.Tests.Patterns;

public sealed class PatternParameterTests
{
    [Theory]
    [InlineData("CDLMORNINGSTAR", 0.3)]
    [InlineData("CDLEVENINGSTAR", 0.3)]
    [InlineData("CDLMORNINGDOJISTAR", 0.3)]
    [InlineData("CDLEVENINGDOJISTAR", 0.3)]
    [InlineData("CDLABANDONEDBABY", 0.3)]
    [InlineData("CDLDARKCLOUDCOVER", 0.5)]
    [InlineData("CDLMATHOLD", 0.5)]
    public void Patterns_with_a_penetration_take_TA_Lib_s_name_and_default(string function, double penetration)
    {
        var definition = IndicatorCatalog.Find(function)!;

        var parameter = Assert.Single(definition.Parameters);
        Assert.Equal("penetration", parameter.Name);
        Assert.Equal(penetration, parameter.Default);
        Assert.Equal(penetration, ((PenetrationPattern)definition.Create(definition.Arguments())).Penetration);
        Assert.Throws<ArgumentException>(() => definition.Arguments(new Dictionary<string, double> { ["penetration"] = -0.1 }));
    }

    [Fact]
    public void Patterns_without_a_penetration_take_no_parameters()
    {
        var withParameters = IndicatorCatalog.All.Where(d => d.Group == "Pattern Recognition" && d.Parameters.Count > 0).Select(d => d.Name);

        Assert.Equal(["CDLABANDONEDBABY", "CDLDARKCLOUDCOVER", "CDLEVENINGDOJISTAR", "CDLEVENINGSTAR", "CDLMATHOLD", "CDLMORNINGDOJISTAR", "CDLMORNINGSTAR"],
            withParameters.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_negative_or_non_finite_penetration_is_rejected(double penetration)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MorningStar(penetration));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DarkCloudCover(penetration));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MatHold(penetration));
        Assert.Throws<ArgumentOutOfRangeException>(() => Ta.CdlAbandonedBaby([1], [1], [1], [1], penetration, new double[1]));
    }

    [Fact]
    public void A_deeper_penetration_demands_a_deeper_close()
    {
        // Long black (body 3 from 100.5 to 97.5), star gapping down, white closing at 99.2: 57% into the first body.
        var candles = CandleScript.Downtrend().Concat(CandleScript.Parse("100.5 100.7 97.3 97.5; 97 97.2 96.3 96.8; 97 99.5 96.9 99.2")).ToArray();

        Assert.Equal(100, CandleScript.Feed(new MorningStar(0.5), candles)[^1]);
        Assert.Equal(0, CandleScript.Feed(new MorningStar(0.6), candles)[^1]);
    }

    [Fact]
    public void Batch_functions_reject_inputs_of_different_lengths_and_short_outputs()
    {
        double[] four = [1, 2, 3, 4];

        Assert.Throws<ArgumentException>(() => Ta.CdlDoji(four, four, [1, 2, 3], four, new double[4]));
        Assert.Throws<ArgumentException>(() => Ta.CdlEngulfing(four, four, four, four, new double[3]));
    }

    [Fact]
    public void Patterns_report_TA_Lib_s_lookbacks()
    {
        Assert.Equal(10, new Doji().Lookback);
        Assert.Equal(2, new Engulfing().Lookback);
        Assert.Equal(11, new Hammer().Lookback);
        Assert.Equal(12, new MorningStar().Lookback);
        Assert.Equal(14, new MatHold().Lookback);
        Assert.Equal(5, new Hikkake().Lookback);
        Assert.Equal(10, new HikkakeModified().Lookback);
    }
}
