namespace OmniAlpha.Indicators.Catalog;

public static partial class IndicatorCatalog
{
    private const string Overlap = "Overlap Studies";

    /// <summary>TA-Lib's unbounded real range (TA_REAL_MIN .. TA_REAL_MAX).</summary>
    private const double RealRangeLimit = 3e37;

    static partial void AddOverlap(List<IndicatorDefinition> all)
    {
        all.Add(new("SMA", Overlap, "Simple moving average", [IndicatorInput.Real], [IndicatorParameter.Period("timeperiod", 30)], ["sma"],
            (a, i, o) => Ta.Sma(i[0], a.GetInt32("timeperiod"), o[0]),
            a => new SimpleMovingAverage(a.GetInt32("timeperiod"))));
        all.Add(new("EMA", Overlap, "Exponential moving average", [IndicatorInput.Real], [IndicatorParameter.Period("timeperiod", 30)], ["ema"],
            (a, i, o) => Ta.Ema(i[0], a.GetInt32("timeperiod"), o[0]),
            a => new ExponentialMovingAverage(a.GetInt32("timeperiod"))));
        all.Add(new("WMA", Overlap, "Weighted moving average", [IndicatorInput.Real], [IndicatorParameter.Period("timeperiod", 30)], ["wma"],
            (a, i, o) => Ta.Wma(i[0], a.GetInt32("timeperiod"), o[0]),
            a => new WeightedMovingAverage(a.GetInt32("timeperiod"))));
        all.Add(new("DEMA", Overlap, "Double exponential moving average", [IndicatorInput.Real], [IndicatorParameter.Period("timeperiod", 30)], ["dema"],
            (a, i, o) => Ta.Dema(i[0], a.GetInt32("timeperiod"), o[0]),
            a => new DoubleExponentialMovingAverage(a.GetInt32("timeperiod"))));
        all.Add(new("TEMA", Overlap, "Triple exponential moving average", [IndicatorInput.Real], [IndicatorParameter.Period("timeperiod", 30)], ["tema"],
            (a, i, o) => Ta.Tema(i[0], a.GetInt32("timeperiod"), o[0]),
            a => new TripleExponentialMovingAverage(a.GetInt32("timeperiod"))));
        all.Add(new("TRIMA", Overlap, "Triangular moving average", [IndicatorInput.Real], [IndicatorParameter.Period("timeperiod", 30)], ["trima"],
            (a, i, o) => Ta.Trima(i[0], a.GetInt32("timeperiod"), o[0]),
            a => new TriangularMovingAverage(a.GetInt32("timeperiod"))));
        all.Add(new("KAMA", Overlap, "Kaufman adaptive moving average", [IndicatorInput.Real], [IndicatorParameter.Period("timeperiod", 30)], ["kama"],
            (a, i, o) => Ta.Kama(i[0], a.GetInt32("timeperiod"), o[0]),
            a => new KaufmanAdaptiveMovingAverage(a.GetInt32("timeperiod"))));
        all.Add(new("T3", Overlap, "Triple exponential moving average (Tillson T3)", [IndicatorInput.Real],
            [IndicatorParameter.Period("timeperiod", 5), IndicatorParameter.Real("vfactor", 0.7, 0, 1, "volume factor")], ["t3"],
            (a, i, o) => Ta.T3(i[0], a.GetInt32("timeperiod"), a.GetDouble("vfactor"), o[0]),
            a => new T3MovingAverage(a.GetInt32("timeperiod"), a.GetDouble("vfactor"))));
        all.Add(new("MA", Overlap, "Moving average of a chosen type", [IndicatorInput.Real],
            [IndicatorParameter.Period("timeperiod", 30, minimum: 1), IndicatorParameter.MaType("matype")], ["ma"],
            (a, i, o) => Ta.Ma(i[0], a.GetInt32("timeperiod"), a.GetMaType("matype"), o[0]),
            a => MovingAverages.Create(a.GetMaType("matype"), a.GetInt32("timeperiod"))));
        all.Add(new("BBANDS", Overlap, "Bollinger bands", [IndicatorInput.Real],
            [
                IndicatorParameter.Period("timeperiod", 5),
                IndicatorParameter.Real("nbdevup", 2, -RealRangeLimit, RealRangeLimit, "deviation multiplier for the upper band"),
                IndicatorParameter.Real("nbdevdn", 2, -RealRangeLimit, RealRangeLimit, "deviation multiplier for the lower band"),
                IndicatorParameter.MaType("matype"),
            ],
            ["upperband", "middleband", "lowerband"],
            (a, i, o) => Ta.Bbands(i[0], a.GetInt32("timeperiod"), a.GetDouble("nbdevup"), a.GetDouble("nbdevdn"), a.GetMaType("matype"), o[0], o[1], o[2]),
            a => new BollingerBands(a.GetInt32("timeperiod"), a.GetDouble("nbdevup"), a.GetDouble("nbdevdn"), a.GetMaType("matype"))));
        all.Add(new("MIDPOINT", Overlap, "Midpoint over period", [IndicatorInput.Real], [IndicatorParameter.Period("timeperiod", 14)], ["midpoint"],
            (a, i, o) => Ta.MidPoint(i[0], a.GetInt32("timeperiod"), o[0]),
            a => new MidpointOverPeriod(a.GetInt32("timeperiod"))));
        all.Add(new("MIDPRICE", Overlap, "Midpoint price over period", [IndicatorInput.High, IndicatorInput.Low], [IndicatorParameter.Period("timeperiod", 14)], ["midprice"],
            (a, i, o) => Ta.MidPrice(i[0], i[1], a.GetInt32("timeperiod"), o[0]),
            a => new MidpriceOverPeriod(a.GetInt32("timeperiod"))));
        all.Add(new("SAR", Overlap, "Parabolic SAR", [IndicatorInput.High, IndicatorInput.Low],
            [
                IndicatorParameter.Real("acceleration", 0.02, 0, RealRangeLimit, "acceleration factor step and start"),
                IndicatorParameter.Real("maximum", 0.2, 0, RealRangeLimit, "acceleration factor maximum"),
            ],
            ["sar"],
            (a, i, o) => Ta.Sar(i[0], i[1], a.GetDouble("acceleration"), a.GetDouble("maximum"), o[0]),
            a => new ParabolicSar(a.GetDouble("acceleration"), a.GetDouble("maximum"))));
        all.Add(new("SAREXT", Overlap, "Parabolic SAR, extended (negative while short)", [IndicatorInput.High, IndicatorInput.Low],
            [
                IndicatorParameter.Real("startvalue", 0, -RealRangeLimit, RealRangeLimit, "0: side from the first bars; > 0 start long at it; < 0 start short at its absolute value"),
                IndicatorParameter.Real("offsetonreverse", 0, 0, RealRangeLimit, "fraction the SAR moves on a reversal"),
                IndicatorParameter.Real("accelerationinitlong", 0.02, 0, RealRangeLimit, "acceleration factor when a long side starts"),
                IndicatorParameter.Real("accelerationlong", 0.02, 0, RealRangeLimit, "acceleration step while long"),
                IndicatorParameter.Real("accelerationmaxlong", 0.2, 0, RealRangeLimit, "acceleration maximum while long"),
                IndicatorParameter.Real("accelerationinitshort", 0.02, 0, RealRangeLimit, "acceleration factor when a short side starts"),
                IndicatorParameter.Real("accelerationshort", 0.02, 0, RealRangeLimit, "acceleration step while short"),
                IndicatorParameter.Real("accelerationmaxshort", 0.2, 0, RealRangeLimit, "acceleration maximum while short"),
            ],
            ["sarext"],
            (a, i, o) => Ta.SarExt(i[0], i[1], a.GetDouble("startvalue"), a.GetDouble("offsetonreverse"),
                a.GetDouble("accelerationinitlong"), a.GetDouble("accelerationlong"), a.GetDouble("accelerationmaxlong"),
                a.GetDouble("accelerationinitshort"), a.GetDouble("accelerationshort"), a.GetDouble("accelerationmaxshort"), o[0]),
            a => new ParabolicSarExtended(a.GetDouble("startvalue"), a.GetDouble("offsetonreverse"),
                a.GetDouble("accelerationinitlong"), a.GetDouble("accelerationlong"), a.GetDouble("accelerationmaxlong"),
                a.GetDouble("accelerationinitshort"), a.GetDouble("accelerationshort"), a.GetDouble("accelerationmaxshort"))));
        AddPriceTransforms(all);
        AddChannels(all);
    }

    /// <summary>TA-Lib's price transforms (AVGPRICE, MEDPRICE, TYPPRICE, WCLPRICE).</summary>
    static partial void AddPriceTransforms(List<IndicatorDefinition> all);

    /// <summary>Overlap studies TA-Lib lacks: VWAP, Keltner, Donchian and Ichimoku.</summary>
    static partial void AddChannels(List<IndicatorDefinition> all);
}
