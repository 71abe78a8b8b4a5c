namespace OmniAlpha.Indicators.Patterns;

/// <summary>What a candle setting measures on each candle (TA-Lib's <c>TA_RangeType</c>).</summary>
public enum CandleRangeType
{
    /// <summary>The real body: |close - open|.</summary>
    RealBody,
    /// <summary>The whole range: high - low.</summary>
    HighLow,
    /// <summary>Both shadows: upper shadow + lower shadow (TA-Lib halves averages of this kind).</summary>
    Shadows,
}
