namespace OmniAlpha.Indicators.Patterns;

/// <summary>TA-Lib's default candle settings (<c>TA_CandleDefaultSettings</c>), used by every candlestick pattern.</summary>
public static class CandleSettings
{
    /// <summary>A long real body: longer than the average real body of the last 10 candles.</summary>
    public static CandleSetting BodyLong { get; } = new("BodyLong", CandleRangeType.RealBody, 10, 1.0);

    /// <summary>A very long real body: longer than 3 times the average real body of the last 10 candles.</summary>
    public static CandleSetting BodyVeryLong { get; } = new("BodyVeryLong", CandleRangeType.RealBody, 10, 3.0);

    /// <summary>A short real body: shorter than the average real body of the last 10 candles.</summary>
    public static CandleSetting BodyShort { get; } = new("BodyShort", CandleRangeType.RealBody, 10, 1.0);

    /// <summary>A doji body: at most 10% of the average high-low range of the last 10 candles.</summary>
    public static CandleSetting BodyDoji { get; } = new("BodyDoji", CandleRangeType.HighLow, 10, 0.1);

    /// <summary>A long shadow: longer than the candle's own real body.</summary>
    public static CandleSetting ShadowLong { get; } = new("ShadowLong", CandleRangeType.RealBody, 0, 1.0);

    /// <summary>A very long shadow: longer than twice the candle's own real body.</summary>
    public static CandleSetting ShadowVeryLong { get; } = new("ShadowVeryLong", CandleRangeType.RealBody, 0, 2.0);

    /// <summary>A short shadow: shorter than the average shadow (half the sum of both) of the last 10 candles.</summary>
    public static CandleSetting ShadowShort { get; } = new("ShadowShort", CandleRangeType.Shadows, 10, 1.0);

    /// <summary>A very short shadow: shorter than 10% of the average high-low range of the last 10 candles.</summary>
    public static CandleSetting ShadowVeryShort { get; } = new("ShadowVeryShort", CandleRangeType.HighLow, 10, 0.1);

    /// <summary>"Near": within 20% of the average high-low range of the last 5 candles.</summary>
    public static CandleSetting Near { get; } = new("Near", CandleRangeType.HighLow, 5, 0.2);

    /// <summary>"Far": more than 60% of the average high-low range of the last 5 candles.</summary>
    public static CandleSetting Far { get; } = new("Far", CandleRangeType.HighLow, 5, 0.6);

    /// <summary>"Equal": within 5% of the average high-low range of the last 5 candles.</summary>
    public static CandleSetting Equal { get; } = new("Equal", CandleRangeType.HighLow, 5, 0.05);

    /// <summary>All eleven settings, in TA-Lib's order.</summary>
    public static IReadOnlyList<CandleSetting> All { get; } =
        [BodyLong, BodyVeryLong, BodyShort, BodyDoji, ShadowLong, ShadowVeryLong, ShadowShort, ShadowVeryShort, Near, Far, Equal];
}
