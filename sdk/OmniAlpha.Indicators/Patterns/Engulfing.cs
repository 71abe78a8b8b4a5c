namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Engulfing (TA-Lib <c>CDLENGULFING</c>): a candle whose real body engulfs the previous, opposite-coloured one.
/// +100 bullish (white engulfs black), -100 bearish; +-80 when one end of the bodies coincides, as in TA-Lib. Lookback 2.
/// </summary>
public sealed class Engulfing : CandlestickPattern
{
    /// <summary>Creates the recognizer.</summary>
    public Engulfing() : base(2)
    {
    }

    private protected override int Recognize(CandleWindow bars)
    {
        double open = bars.Open(0), close = bars.Close(0), priorOpen = bars.Open(1), priorClose = bars.Close(1);
        int color = bars.Color(0);
        bool whiteEngulfsBlack = color == 1 && bars.Color(1) == -1
            && ((close >= priorOpen && open < priorClose) || (close > priorOpen && open <= priorClose));
        bool blackEngulfsWhite = color == -1 && bars.Color(1) == 1
            && ((open >= priorClose && close < priorOpen) || (open > priorClose && close <= priorOpen));
        if (!whiteEngulfsBlack && !blackEngulfsWhite) return 0;
        return open != priorClose && close != priorOpen ? color * 100 : color * 80;
    }
}
