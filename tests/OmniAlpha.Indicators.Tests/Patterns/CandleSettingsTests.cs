using OmniAlpha.Indicators.Patterns;

namespace OmniAlpha.Indicators.Tests.Patterns;

public sealed class CandleSettingsTests
{
    [Fact]
    public void Are_TA_Lib_s_default_candle_settings()
    {
        (string Name, CandleRangeType Range, int Period, double Factor)[] expected =
        [
            ("BodyLong", CandleRangeType.RealBody, 10, 1.0),
            ("BodyVeryLong", CandleRangeType.RealBody, 10, 3.0),
            ("BodyShort", CandleRangeType.RealBody, 10, 1.0),
            ("BodyDoji", CandleRangeType.HighLow, 10, 0.1),
            ("ShadowLong", CandleRangeType.RealBody, 0, 1.0),
            ("ShadowVeryLong", CandleRangeType.RealBody, 0, 2.0),
            ("ShadowShort", CandleRangeType.Shadows, 10, 1.0),
            ("ShadowVeryShort", CandleRangeType.HighLow, 10, 0.1),
            ("Near", CandleRangeType.HighLow, 5, 0.2),
            ("Far", CandleRangeType.HighLow, 5, 0.6),
            ("Equal", CandleRangeType.HighLow, 5, 0.05),
        ];

        Assert.Equal(expected, CandleSettings.All.Select(s => (s.Name, s.RangeType, s.AveragePeriod, s.Factor)));
    }
}
