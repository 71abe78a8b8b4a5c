namespace OmniAlpha.Indicators.Catalog;

public static partial class IndicatorCatalog
{
    private const string Statistics = "Statistic Functions";

    static partial void AddStatistics(List<IndicatorDefinition> all)
    {
        all.Add(new("STDDEV", Statistics, "Standard deviation (population)", [IndicatorInput.Real],
            [IndicatorParameter.Period("timeperiod", 5), IndicatorParameter.Real("nbdev", 1, -RealRangeLimit, RealRangeLimit, "multiplier of the deviation")], ["stddev"],
            (a, i, o) => Ta.StdDev(i[0], a.GetInt32("timeperiod"), a.GetDouble("nbdev"), o[0]),
            a => new StandardDeviation(a.GetInt32("timeperiod"), a.GetDouble("nbdev"))));
        all.Add(new("VAR", Statistics, "Variance (population)", [IndicatorInput.Real],
            [IndicatorParameter.Period("timeperiod", 5, minimum: 1), IndicatorParameter.Real("nbdev", 1, -RealRangeLimit, RealRangeLimit, "accepted for TA-Lib compatibility; has no effect (as in TA-Lib)")], ["var"],
            (a, i, o) => Ta.Var(i[0], a.GetInt32("timeperiod"), o[0]),
            a => new Variance(a.GetInt32("timeperiod"))));
        all.Add(new("LINEARREG", Statistics, "Linear regression (value at the newest bar)", [IndicatorInput.Real], [IndicatorParameter.Period("timeperiod", 14)], ["linearreg"],
            (a, i, o) => Ta.LinearReg(i[0], a.GetInt32("timeperiod"), o[0]),
            a => new LinearRegression(a.GetInt32("timeperiod"))));
        all.Add(new("LINEARREG_SLOPE", Statistics, "Linear regression slope", [IndicatorInput.Real], [IndicatorParameter.Period("timeperiod", 14)], ["linearreg_slope"],
            (a, i, o) => Ta.LinearRegSlope(i[0], a.GetInt32("timeperiod"), o[0]),
            a => new LinearRegressionSlope(a.GetInt32("timeperiod"))));
        all.Add(new("LINEARREG_INTERCEPT", Statistics, "Linear regression intercept (value at the oldest bar)", [IndicatorInput.Real], [IndicatorParameter.Period("timeperiod", 14)], ["linearreg_intercept"],
            (a, i, o) => Ta.LinearRegIntercept(i[0], a.GetInt32("timeperiod"), o[0]),
            a => new LinearRegressionIntercept(a.GetInt32("timeperiod"))));
        all.Add(new("LINEARREG_ANGLE", Statistics, "Linear regression angle (degrees)", [IndicatorInput.Real], [IndicatorParameter.Period("timeperiod", 14)], ["linearreg_angle"],
            (a, i, o) => Ta.LinearRegAngle(i[0], a.GetInt32("timeperiod"), o[0]),
            a => new LinearRegressionAngle(a.GetInt32("timeperiod"))));
        all.Add(new("TSF", Statistics, "Time series forecast", [IndicatorInput.Real], [IndicatorParameter.Period("timeperiod", 14)], ["tsf"],
            (a, i, o) => Ta.Tsf(i[0], a.GetInt32("timeperiod"), o[0]),
            a => new TimeSeriesForecast(a.GetInt32("timeperiod"))));
        all.Add(new("CORREL", Statistics, "Pearson's correlation coefficient (r)", [IndicatorInput.Real, IndicatorInput.Real1],
            [IndicatorParameter.Period("timeperiod", 30, minimum: 1)], ["correl"],
            (a, i, o) => Ta.Correl(i[0], i[1], a.GetInt32("timeperiod"), o[0]),
            a => new PearsonCorrelation(a.GetInt32("timeperiod"))));
        all.Add(new("BETA", Statistics, "Beta (of the second series' returns on the first's)", [IndicatorInput.Real, IndicatorInput.Real1],
            [IndicatorParameter.Period("timeperiod", 5, minimum: 1)], ["beta"],
            (a, i, o) => Ta.Beta(i[0], i[1], a.GetInt32("timeperiod"), o[0]),
            a => new Beta(a.GetInt32("timeperiod"))));
    }
}
