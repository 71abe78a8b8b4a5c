namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Stick sandwich (TA-Lib <c>CDLSTICKSANDWICH</c>): black, white (trading above the first close), black again closing
/// (about) where the first closed. +100 or 0. Lookback 7.
/// </summary>
public sealed class StickSandwich : CandlestickPattern
{
    private readonly CandleAverage _equal;

    /// <summary>Creates the recognizer.</summary>
    public StickSandwich() : base(CandleSettings.Equal.AveragePeriod + 2) => _equal = Average(CandleSettings.Equal, 2);

    private protected override int Recognize(CandleWindow bars) =>
        bars.Color(2) == -1 && bars.Color(1) == 1 && bars.Color(0) == -1
        && bars.Low(1) > bars.Close(2)
        && bars.Close(0) <= bars.Close(2) + _equal.Average(bars)
        && bars.Close(0) >= bars.Close(2) - _equal.Average(bars)
            ? 100
            : 0;
}
