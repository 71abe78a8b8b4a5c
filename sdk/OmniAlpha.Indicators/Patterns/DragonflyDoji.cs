namespace OmniAlpha.Indicators.Patterns;

/// <summary>
/// Dragonfly doji (TA-Lib <c>CDLDRAGONFLYDOJI</c>): a doji with a very short upper shadow and a lower shadow longer
/// than that threshold (ShadowVeryShort). +100 or 0. Lookback 10.
/// </summary>
public sealed class DragonflyDoji : CandlestickPattern
{
    private readonly CandleAverage _bodyDoji;
    private readonly CandleAverage _shadowVeryShort;

    /// <summary>Creates the recognizer.</summary>
    public DragonflyDoji() : base(Math.Max(CandleSettings.BodyDoji.AveragePeriod, CandleSettings.ShadowVeryShort.AveragePeriod))
    {
        _bodyDoji = Average(CandleSettings.BodyDoji, 0);
        _shadowVeryShort = Average(CandleSettings.ShadowVeryShort, 0);
    }

    private protected override int Recognize(CandleWindow bars) =>
        bars.RealBody(0) <= _bodyDoji.Average(bars)
        && bars.UpperShadow(0) < _shadowVeryShort.Average(bars)
        && bars.LowerShadow(0) > _shadowVeryShort.Average(bars)
            ? 100
            : 0;
}
