namespace OmniAlpha.Indicators.Catalog;

public static partial class IndicatorCatalog
{
    static partial void AddChannels(List<IndicatorDefinition> all)
    {
        all.Add(new("VWAP", Overlap, "Volume-weighted average price anchored at the first bar (not TA-Lib; stream VolumeWeightedAveragePrice with session dates for a session VWAP)",
            [IndicatorInput.High, IndicatorInput.Low, IndicatorInput.Close, IndicatorInput.Volume], [], ["vwap"],
            (a, i, o) => Ta.Vwap(i[0], i[1], i[2], i[3], o[0]),
            a => new VolumeWeightedAveragePrice()));
        all.Add(new("KELTNER", Overlap, "Keltner channels, StockCharts: EMA of the close +/- multiplier x ATR (not TA-Lib)",
            [IndicatorInput.High, IndicatorInput.Low, IndicatorInput.Close],
            [
                IndicatorParameter.Period("timeperiod", 20, minimum: 1, description: "EMA period of the middle line"),
                IndicatorParameter.Period("atrperiod", 10, minimum: 1, description: "ATR period"),
                IndicatorParameter.Real("multiplier", 2, -RealRangeLimit, RealRangeLimit, "ATR multiplier"),
            ],
            ["upperband", "middleband", "lowerband"],
            (a, i, o) => Ta.Keltner(i[0], i[1], i[2], a.GetInt32("timeperiod"), a.GetInt32("atrperiod"), a.GetDouble("multiplier"), o[0], o[1], o[2]),
            a => new KeltnerChannels(a.GetInt32("timeperiod"), a.GetInt32("atrperiod"), a.GetDouble("multiplier"))));
        all.Add(new("DONCHIAN", Overlap, "Donchian channels: highest high, midpoint, lowest low of the last n bars (not TA-Lib)",
            [IndicatorInput.High, IndicatorInput.Low], [IndicatorParameter.Period("timeperiod", 20, minimum: 1)],
            ["upperband", "middleband", "lowerband"],
            (a, i, o) => Ta.Donchian(i[0], i[1], a.GetInt32("timeperiod"), o[0], o[1], o[2]),
            a => new DonchianChannels(a.GetInt32("timeperiod"))));
        all.Add(new("ICHIMOKU", Overlap, "Ichimoku lines as computed at each bar; plot senkou spans kijunperiod bars ahead, chikou back (not TA-Lib)",
            [IndicatorInput.High, IndicatorInput.Low, IndicatorInput.Close],
            [
                IndicatorParameter.Period("tenkanperiod", 9, minimum: 1, description: "conversion line window"),
                IndicatorParameter.Period("kijunperiod", 26, minimum: 1, description: "base line window (and the customary plotting shift)"),
                IndicatorParameter.Period("senkouperiod", 52, minimum: 1, description: "leading span B window"),
            ],
            ["tenkan", "kijun", "senkoua", "senkoub", "chikou"],
            (a, i, o) => Ta.Ichimoku(i[0], i[1], i[2], a.GetInt32("tenkanperiod"), a.GetInt32("kijunperiod"), a.GetInt32("senkouperiod"), o[0], o[1], o[2], o[3], o[4]),
            a => new IchimokuCloud(a.GetInt32("tenkanperiod"), a.GetInt32("kijunperiod"), a.GetInt32("senkouperiod"))));
    }
}
