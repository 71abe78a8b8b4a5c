namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// One of TA-Lib's candle settings: a candle's measure is compared with <see cref="Factor"/> times the average of
/// <see cref="RangeType"/> over the <see cref="AveragePeriod"/> candles before it (or, with a period of 0, the
/// candle's own measure). Averages of <see cref="CandleRangeType.Shadows"/> are halved, as in TA-Lib.
/// </summary>
/// <param name="Name">TA-Lib's name of the setting, e.g. <c>BodyLong</c>.</param>
/// <param name="RangeType">What is measured on each candle.</param>
/// <param name="AveragePeriod">Number of preceding candles averaged; 0 means the candle itself.</param>
/// <param name="Factor">Multiplier applied to the average.</param>
public readonly record struct CandleSetting(string Name, CandleRangeType RangeType, int AveragePeriod, double Factor);
