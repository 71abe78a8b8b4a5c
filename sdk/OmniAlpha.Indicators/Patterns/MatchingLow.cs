namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Matching low (TA-Lib <c>CDLMATCHINGLOW</c>): two black candles with (about) the same close. +100 or 0. Lookback 6.
/// </summary>
public sealed class MatchingLow : CandlestickPattern
{
    private readonly CandleAverage _equal;

    /// <summary>Creates the recognizer.</summary>
    public MatchingLow() : base(CandleSettings.Equal.AveragePeriod + 1) => _equal = Average(CandleSettings.Equal, 1);

    private protected override int Recognize(CandleWindow bars) =>
        bars.Color(1) == -1 && bars.Color(0) == -1
        && bars.Close(0) <= bars.Close(1) + _equal.Average(bars)
        && bars.Close(0) >= bars.Close(1) - _equal.Average(bars)
            ? 100
            : 0;
}
