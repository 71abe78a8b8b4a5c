namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Spinning top (TA-Lib <c>CDLSPINNINGTOP</c>): a small real body with both shadows longer than it. +100 white,
/// -100 black. Lookback 10.
/// </summary>
public sealed class SpinningTop : CandlestickPattern
{
    private readonly CandleAverage _bodyShort;

    /// <summary>Creates the recognizer.</summary>
    public SpinningTop() : base(CandleSettings.BodyShort.AveragePeriod) => _bodyShort = Average(CandleSettings.BodyShort, 0);

    private protected override int Recognize(CandleWindow bars) =>
        bars.RealBody(0) < _bodyShort.Average(bars)
        && bars.UpperShadow(0) > bars.RealBody(0)
        && bars.LowerShadow(0) > bars.RealBody(0)
            ? bars.Color(0) * 100
            : 0;
}
