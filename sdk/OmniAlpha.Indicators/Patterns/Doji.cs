namespace OmniAlpha.Indicators.Patterns;

/// <summary>Doji (TA-Lib <c>CDLDOJI</c>): a real body no longer than the doji threshold (BodyDoji). +100 or 0. Lookback 10.</summary>
public sealed class Doji : CandlestickPattern
{
    private readonly CandleAverage _bodyDoji;

    /// <summary>Creates the recognizer.</summary>
    public Doji() : base(CandleSettings.BodyDoji.AveragePeriod) => _bodyDoji = Average(CandleSettings.BodyDoji, 0);

    private protected override int Recognize(CandleWindow bars) => bars.RealBody(0) <= _bodyDoji.Average(bars) ? 100 : 0;
}
