namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Three outside up/down (TA-Lib <c>CDL3OUTSIDE</c>): an engulfing pair confirmed by a third candle closing beyond the
/// engulfing candle's close. +100 outside up, -100 outside down. Lookback 3.
/// </summary>
public sealed class ThreeOutside : CandlestickPattern
{
    /// <summary>Creates the recognizer.</summary>
    public ThreeOutside() : base(3)
    {
    }

    private protected override int Recognize(CandleWindow bars) =>
        (bars.Color(1) == 1 && bars.Color(2) == -1 && bars.Close(1) > bars.Open(2) && bars.Open(1) < bars.Close(2) && bars.Close(0) > bars.Close(1))
        || (bars.Color(1) == -1 && bars.Color(2) == 1 && bars.Open(1) > bars.Close(2) && bars.Close(1) < bars.Open(2) && bars.Close(0) < bars.Close(1))
            ? bars.Color(1) * 100
            : 0;
}
