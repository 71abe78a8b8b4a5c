namespace OmniAlpha.Indicators.Catalog;

public static partial class IndicatorCatalog
{
    private const string Momentum = "Momentum Indicators";

    private static readonly IndicatorInput[] MomentumBarInputs = [IndicatorInput.High, IndicatorInput.Low, IndicatorInput.Close];
    private static readonly IndicatorInput[] MomentumHighLowInputs = [IndicatorInput.High, IndicatorInput.Low];

    static partial void AddMomentum(List<IndicatorDefinition> all)
    {
        AddSeriesOscillators(all);
        AddBarOscillators(all);
        AddDirectionalMovement(all);
    }

    private static IndicatorParameter MomentumPeriod(int @default, int minimum = 2) => IndicatorParameter.Period("timeperiod", @default, minimum);

    /// <summary>A single-output function of one series whose only parameter is <c>timeperiod</c>.</summary>
    private static IndicatorDefinition MomentumOfSeries(string name, string description, int @default, int minimum,
        Action<ReadOnlySpan<double>, int, Span<double>> batch, Func<int, ISeriesIndicator> create) =>
        new(name, Momentum, description, [IndicatorInput.Real], [MomentumPeriod(@default, minimum)], [name.ToLowerInvariant()],
            (a, i, o) => batch(i[0], a.GetInt32("timeperiod"), o[0]),
            a => create(a.GetInt32("timeperiod")));

    /// <summary>A single-output function of high, low and close whose only parameter is <c>timeperiod</c>.</summary>
    private static IndicatorDefinition MomentumOfBars(string name, string description, int @default, int minimum,
        Action<ReadOnlySpan<double>, ReadOnlySpan<double>, ReadOnlySpan<double>, int, Span<double>> batch, Func<int, IBarIndicator> create) =>
        new(name, Momentum, description, MomentumBarInputs, [MomentumPeriod(@default, minimum)], [name.ToLowerInvariant()],
            (a, i, o) => batch(i[0], i[1], i[2], a.GetInt32("timeperiod"), o[0]),
            a => create(a.GetInt32("timeperiod")));

    private static void AddSeriesOscillators(List<IndicatorDefinition> all)
    {
        all.Add(MomentumOfSeries("RSI", "Relative strength index (Wilder)", 14, 2, Ta.Rsi, p => new RelativeStrengthIndex(p)));
        all.Add(MomentumOfSeries("CMO", "Chande momentum oscillator", 14, 2, Ta.Cmo, p => new ChandeMomentumOscillator(p)));
        all.Add(MomentumOfSeries("MOM", "Momentum", 10, 1, Ta.Mom, p => new Indicators.Momentum(p)));
        all.Add(MomentumOfSeries("ROC", "Rate of change: ((price/prevPrice)-1)*100", 10, 1, Ta.Roc, p => new RateOfChange(p)));
        all.Add(MomentumOfSeries("ROCP", "Rate of change percentage: (price-prevPrice)/prevPrice", 10, 1, Ta.RocP, p => new RateOfChangePercentage(p)));
        all.Add(MomentumOfSeries("ROCR", "Rate of change ratio: price/prevPrice", 10, 1, Ta.RocR, p => new RateOfChangeRatio(p)));
        all.Add(MomentumOfSeries("ROCR100", "Rate of change ratio, 100 scale: (price/prevPrice)*100", 10, 1, Ta.RocR100, p => new RateOfChangeRatio100(p)));
        all.Add(MomentumOfSeries("TRIX", "1-day rate of change of a triple smooth EMA", 30, 1, Ta.Trix, p => new Trix(p)));

        IndicatorParameter[] oscillator =
            [IndicatorParameter.Period("fastperiod", 12), IndicatorParameter.Period("slowperiod", 26), IndicatorParameter.MaType("matype")];
        all.Add(new("APO", Momentum, "Absolute price oscillator", [IndicatorInput.Real], oscillator, ["apo"],
            (a, i, o) => Ta.Apo(i[0], a.GetInt32("fastperiod"), a.GetInt32("slowperiod"), a.GetMaType("matype"), o[0]),
            a => new AbsolutePriceOscillator(a.GetInt32("fastperiod"), a.GetInt32("slowperiod"), a.GetMaType("matype"))));
        all.Add(new("PPO", Momentum, "Percentage price oscillator", [IndicatorInput.Real], oscillator, ["ppo"],
            (a, i, o) => Ta.Ppo(i[0], a.GetInt32("fastperiod"), a.GetInt32("slowperiod"), a.GetMaType("matype"), o[0]),
            a => new PercentagePriceOscillator(a.GetInt32("fastperiod"), a.GetInt32("slowperiod"), a.GetMaType("matype"))));

        string[] macdOutputs = ["macd", "macdsignal", "macdhist"];
        var signalPeriod = IndicatorParameter.Period("signalperiod", 9, minimum: 1);
        all.Add(new("MACD", Momentum, "Moving average convergence/divergence", [IndicatorInput.Real],
            [IndicatorParameter.Period("fastperiod", 12), IndicatorParameter.Period("slowperiod", 26), signalPeriod], macdOutputs,
            (a, i, o) => Ta.Macd(i[0], a.GetInt32("fastperiod"), a.GetInt32("slowperiod"), a.GetInt32("signalperiod"), o[0], o[1], o[2]),
            a => new Macd(a.GetInt32("fastperiod"), a.GetInt32("slowperiod"), a.GetInt32("signalperiod"))));
        all.Add(new("MACDEXT", Momentum, "MACD with controllable moving-average types", [IndicatorInput.Real],
            [IndicatorParameter.Period("fastperiod", 12), IndicatorParameter.MaType("fastmatype"), IndicatorParameter.Period("slowperiod", 26),
             IndicatorParameter.MaType("slowmatype"), signalPeriod, IndicatorParameter.MaType("signalmatype")], macdOutputs,
            (a, i, o) => Ta.MacdExt(i[0], a.GetInt32("fastperiod"), a.GetMaType("fastmatype"), a.GetInt32("slowperiod"), a.GetMaType("slowmatype"),
                a.GetInt32("signalperiod"), a.GetMaType("signalmatype"), o[0], o[1], o[2]),
            a => new MacdExtended(a.GetInt32("fastperiod"), a.GetMaType("fastmatype"), a.GetInt32("slowperiod"), a.GetMaType("slowmatype"),
                a.GetInt32("signalperiod"), a.GetMaType("signalmatype"))));
        all.Add(new("MACDFIX", Momentum, "MACD 12/26 with fixed smoothing factors 0.15 and 0.075", [IndicatorInput.Real], [signalPeriod], macdOutputs,
            (a, i, o) => Ta.MacdFix(i[0], a.GetInt32("signalperiod"), o[0], o[1], o[2]),
            a => Macd.Fixed(a.GetInt32("signalperiod"))));

        all.Add(new("STOCHRSI", Momentum, "Stochastic relative strength index", [IndicatorInput.Real],
            [MomentumPeriod(14), IndicatorParameter.Period("fastk_period", 5, minimum: 1), IndicatorParameter.Period("fastd_period", 3, minimum: 1),
             IndicatorParameter.MaType("fastd_matype")], ["fastk", "fastd"],
            (a, i, o) => Ta.StochRsi(i[0], a.GetInt32("timeperiod"), a.GetInt32("fastk_period"), a.GetInt32("fastd_period"), a.GetMaType("fastd_matype"), o[0], o[1]),
            a => new StochasticRsi(a.GetInt32("timeperiod"), a.GetInt32("fastk_period"), a.GetInt32("fastd_period"), a.GetMaType("fastd_matype"))));
    }

    private static void AddBarOscillators(List<IndicatorDefinition> all)
    {
        all.Add(new("STOCH", Momentum, "Stochastic (slow)", MomentumBarInputs,
            [IndicatorParameter.Period("fastk_period", 5, minimum: 1), IndicatorParameter.Period("slowk_period", 3, minimum: 1),
             IndicatorParameter.MaType("slowk_matype"), IndicatorParameter.Period("slowd_period", 3, minimum: 1), IndicatorParameter.MaType("slowd_matype")],
            ["slowk", "slowd"],
            (a, i, o) => Ta.Stoch(i[0], i[1], i[2], a.GetInt32("fastk_period"), a.GetInt32("slowk_period"), a.GetMaType("slowk_matype"),
                a.GetInt32("slowd_period"), a.GetMaType("slowd_matype"), o[0], o[1]),
            a => new Stochastic(a.GetInt32("fastk_period"), a.GetInt32("slowk_period"), a.GetMaType("slowk_matype"),
                a.GetInt32("slowd_period"), a.GetMaType("slowd_matype"))));
        all.Add(new("STOCHF", Momentum, "Stochastic fast", MomentumBarInputs,
            [IndicatorParameter.Period("fastk_period", 5, minimum: 1), IndicatorParameter.Period("fastd_period", 3, minimum: 1),
             IndicatorParameter.MaType("fastd_matype")],
            ["fastk", "fastd"],
            (a, i, o) => Ta.StochF(i[0], i[1], i[2], a.GetInt32("fastk_period"), a.GetInt32("fastd_period"), a.GetMaType("fastd_matype"), o[0], o[1]),
            a => new StochasticFast(a.GetInt32("fastk_period"), a.GetInt32("fastd_period"), a.GetMaType("fastd_matype"))));
        all.Add(MomentumOfBars("CCI", "Commodity channel index", 14, 2, Ta.Cci, p => new CommodityChannelIndex(p)));
        all.Add(MomentumOfBars("WILLR", "Williams' %R", 14, 2, Ta.Willr, p => new WilliamsPercentR(p)));
        all.Add(new("MFI", Momentum, "Money flow index", [IndicatorInput.High, IndicatorInput.Low, IndicatorInput.Close, IndicatorInput.Volume],
            [MomentumPeriod(14)], ["mfi"],
            (a, i, o) => Ta.Mfi(i[0], i[1], i[2], i[3], a.GetInt32("timeperiod"), o[0]),
            a => new MoneyFlowIndex(a.GetInt32("timeperiod"))));
        all.Add(new("BOP", Momentum, "Balance of power", [IndicatorInput.Open, IndicatorInput.High, IndicatorInput.Low, IndicatorInput.Close],
            [], ["bop"],
            (a, i, o) => Ta.Bop(i[0], i[1], i[2], i[3], o[0]),
            a => new BalanceOfPower()));
        all.Add(new("ULTOSC", Momentum, "Ultimate oscillator", MomentumBarInputs,
            [IndicatorParameter.Period("timeperiod1", 7, minimum: 1), IndicatorParameter.Period("timeperiod2", 14, minimum: 1),
             IndicatorParameter.Period("timeperiod3", 28, minimum: 1)], ["ultosc"],
            (a, i, o) => Ta.UltOsc(i[0], i[1], i[2], a.GetInt32("timeperiod1"), a.GetInt32("timeperiod2"), a.GetInt32("timeperiod3"), o[0]),
            a => new UltimateOscillator(a.GetInt32("timeperiod1"), a.GetInt32("timeperiod2"), a.GetInt32("timeperiod3"))));
        all.Add(new("AROON", Momentum, "Aroon", MomentumHighLowInputs, [MomentumPeriod(14)], ["aroondown", "aroonup"],
            (a, i, o) => Ta.Aroon(i[0], i[1], a.GetInt32("timeperiod"), o[0], o[1]),
            a => new Aroon(a.GetInt32("timeperiod"))));
        all.Add(new("AROONOSC", Momentum, "Aroon oscillator", MomentumHighLowInputs, [MomentumPeriod(14)], ["aroonosc"],
            (a, i, o) => Ta.AroonOsc(i[0], i[1], a.GetInt32("timeperiod"), o[0]),
            a => new AroonOscillator(a.GetInt32("timeperiod"))));
    }

    private static void AddDirectionalMovement(List<IndicatorDefinition> all)
    {
        all.Add(MomentumOfBars("ADX", "Average directional movement index", 14, 2, Ta.Adx, p => new AverageDirectionalIndex(p)));
        all.Add(MomentumOfBars("ADXR", "Average directional movement index rating", 14, 2, Ta.Adxr, p => new AverageDirectionalIndexRating(p)));
        all.Add(MomentumOfBars("DX", "Directional movement index", 14, 2, Ta.Dx, p => new DirectionalMovementIndex(p)));
        all.Add(MomentumOfBars("PLUS_DI", "Plus directional indicator", 14, 1, Ta.PlusDi, p => new PlusDirectionalIndicator(p)));
        all.Add(MomentumOfBars("MINUS_DI", "Minus directional indicator", 14, 1, Ta.MinusDi, p => new MinusDirectionalIndicator(p)));
        all.Add(MomentumOfHighLow("PLUS_DM", "Plus directional movement", Ta.PlusDm, p => new PlusDirectionalMovement(p)));
        all.Add(MomentumOfHighLow("MINUS_DM", "Minus directional movement", Ta.MinusDm, p => new MinusDirectionalMovement(p)));
    }

    private static IndicatorDefinition MomentumOfHighLow(string name, string description, Action<ReadOnlySpan<double>, ReadOnlySpan<double>, int, Span<double>> batch, Func<int, IBarIndicator> create) =>
        new(name, Momentum, description, MomentumHighLowInputs, [MomentumPeriod(14, minimum: 1)], [name.ToLowerInvariant()],
            (a, i, o) => batch(i[0], i[1], a.GetInt32("timeperiod"), o[0]),
            a => create(a.GetInt32("timeperiod")));
}
