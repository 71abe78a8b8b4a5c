using OmniAlpha.Indicators.Catalog;

namespace OmniAlpha.Indicators.Tests.Momentum;

/// <summary>The catalog entries of the momentum and volume functions: TA-Lib's names, defaults, ranges and outputs.</summary>
public sealed class MomentumCatalogTests
{
    [Theory]
    [InlineData("STOCH", "High,Low,Close", "fastk_period=5;slowk_period=3;slowk_matype=0;slowd_period=3;slowd_matype=0", "slowk,slowd")]
    [InlineData("STOCHF", "High,Low,Close", "fastk_period=5;fastd_period=3;fastd_matype=0", "fastk,fastd")]
    [InlineData("STOCHRSI", "Real", "timeperiod=14;fastk_period=5;fastd_period=3;fastd_matype=0", "fastk,fastd")]
    [InlineData("MACD", "Real", "fastperiod=12;slowperiod=26;signalperiod=9", "macd,macdsignal,macdhist")]
    [InlineData("MACDEXT", "Real", "fastperiod=12;fastmatype=0;slowperiod=26;slowmatype=0;signalperiod=9;signalmatype=0", "macd,macdsignal,macdhist")]
    [InlineData("MACDFIX", "Real", "signalperiod=9", "macd,macdsignal,macdhist")]
    [InlineData("APO", "Real", "fastperiod=12;slowperiod=26;matype=0", "apo")]
    [InlineData("PPO", "Real", "fastperiod=12;slowperiod=26;matype=0", "ppo")]
    [InlineData("MOM", "Real", "timeperiod=10", "mom")]
    [InlineData("ROCR100", "Real", "timeperiod=10", "rocr100")]
    [InlineData("TRIX", "Real", "timeperiod=30", "trix")]
    [InlineData("CMO", "Real", "timeperiod=14", "cmo")]
    [InlineData("CCI", "High,Low,Close", "timeperiod=14", "cci")]
    [InlineData("MFI", "High,Low,Close,Volume", "timeperiod=14", "mfi")]
    [InlineData("WILLR", "High,Low,Close", "timeperiod=14", "willr")]
    [InlineData("ADX", "High,Low,Close", "timeperiod=14", "adx")]
    [InlineData("PLUS_DI", "High,Low,Close", "timeperiod=14", "plus_di")]
    [InlineData("MINUS_DM", "High,Low", "timeperiod=14", "minus_dm")]
    [InlineData("AROON", "High,Low", "timeperiod=14", "aroondown,aroonup")]
    [InlineData("AROONOSC", "High,Low", "timeperiod=14", "aroonosc")]
    [InlineData("BOP", "Open,High,Low,Close", "", "bop")]
    [InlineData("ULTOSC", "High,Low,Close", "timeperiod1=7;timeperiod2=14;timeperiod3=28", "ultosc")]
    [InlineData("OBV", "Real,Volume", "", "obv")]
    [InlineData("AD", "High,Low,Close,Volume", "", "ad")]
    [InlineData("ADOSC", "High,Low,Close,Volume", "fastperiod=3;slowperiod=10", "adosc")]
    public void Uses_TA_Lib_names_inputs_defaults_and_outputs(string name, string inputs, string defaults, string outputs)
    {
        var definition = IndicatorCatalog.Find(name.ToLowerInvariant());

        Assert.NotNull(definition);
        Assert.Equal(inputs, string.Join(",", definition.Inputs));
        Assert.Equal(defaults, string.Join(";", definition.Parameters.Select(p => $"{p.Name}={p.Default}")));
        Assert.Equal(outputs, string.Join(",", definition.Outputs));
    }

    [Theory]
    [InlineData("RSI", "timeperiod", 1)]
    [InlineData("MACD", "fastperiod", 1)]
    [InlineData("MACD", "signalperiod", 0)]
    [InlineData("STOCH", "fastk_period", 0)]
    [InlineData("STOCH", "slowk_matype", 9)]
    [InlineData("MOM", "timeperiod", 0)]
    [InlineData("CCI", "timeperiod", 1)]
    [InlineData("AROON", "timeperiod", 1)]
    [InlineData("PLUS_DM", "timeperiod", 0)]
    [InlineData("ULTOSC", "timeperiod3", 0)]
    [InlineData("ADOSC", "slowperiod", 1)]
    public void Rejects_values_outside_TA_Lib_ranges_naming_the_parameter(string name, string parameter, double value)
    {
        var definition = IndicatorCatalog.Find(name)!;

        var error = Assert.Throws<ArgumentException>(() => definition.Arguments(new Dictionary<string, double> { [parameter] = value }));

        Assert.Contains($"{name} {parameter} must be in", error.Message);
    }

    [Fact]
    public void Accepts_TA_Lib_minimum_periods_of_one_where_TA_Lib_does()
    {
        foreach (var (name, parameter) in new[] { ("MOM", "timeperiod"), ("ROC", "timeperiod"), ("TRIX", "timeperiod"), ("PLUS_DI", "timeperiod"),
                     ("MINUS_DM", "timeperiod"), ("STOCHF", "fastk_period"), ("MACD", "signalperiod"), ("ULTOSC", "timeperiod1") })
        {
            var definition = IndicatorCatalog.Find(name)!;
            var indicator = definition.Create(definition.Arguments(new Dictionary<string, double> { [parameter] = 1 }));
            Assert.True(indicator.Lookback >= 0, name);
        }
    }

    [Fact]
    public void Groups_follow_TA_Lib()
    {
        Assert.Equal("Momentum Indicators", IndicatorCatalog.Find("ADX")!.Group);
        Assert.Equal("Volume Indicators", IndicatorCatalog.Find("OBV")!.Group);
        Assert.Equal("Volume Indicators", IndicatorCatalog.Find("ADOSC")!.Group);
    }
}
