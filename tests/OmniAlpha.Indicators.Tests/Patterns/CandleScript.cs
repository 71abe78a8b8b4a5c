using System.Globalization;

namespace OmniAlpha.Indicators.Tests.Patterns;

/// <summary>
/// Builds small candle sequences for pattern specifications: fifteen identical context candles ending at a close of
/// 100, then the pattern's own candles. Every context candle has a real body of 1, a high-low range of 2 and shadows
/// of 0.5 each, so TA-Lib's default thresholds over them are round numbers: long body above 1, short body below 1,
/// doji body at most 0.2, very short shadow below 0.2, short shadow below 0.5, "near" 0.4, "far" 1.2, "equal" 0.1.
/// </summary>
internal static class CandleScript
{
    /// <summary>Candles fed before a pattern: enough for every pattern's longest average (10 candles, 4 bars back).</summary>
    public const int ContextLength = 15;

    /// <summary>Fifteen black candles stepping down by 1 (open p, high p+0.5, low p-1.5, close p-1), the last closing at 100.</summary>
    public static IEnumerable<(double Open, double High, double Low, double Close)> Downtrend()
    {
        for (int i = ContextLength; i >= 1; i--)
        {
            double open = 100 + i;
            yield return (open, open + 0.5, open - 1.5, open - 1);
        }
    }

    /// <summary>Fifteen white candles stepping up by 1 (open p, high p+1.5, low p-0.5, close p+1), the last closing at 100.</summary>
    public static IEnumerable<(double Open, double High, double Low, double Close)> Uptrend()
    {
        for (int i = ContextLength; i >= 1; i--)
        {
            double open = 100 - i;
            yield return (open, open + 1.5, open - 0.5, open + 1);
        }
    }

    /// <summary>The context named <paramref name="name"/> ("down" or "up").</summary>
    public static IEnumerable<(double Open, double High, double Low, double Close)> Context(string name) => name switch
    {
        "down" => Downtrend(),
        "up" => Uptrend(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "context is 'down' or 'up'"),
    };

    /// <summary>Parses "open high low close; open high low close; ..." into candles.</summary>
    public static IEnumerable<(double Open, double High, double Low, double Close)> Parse(string candles)
    {
        foreach (string candle in candles.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            double[] v = candle.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
            if (v.Length != 4) throw new FormatException($"'{candle}' is not 'open high low close'");
            yield return (v[0], v[1], v[2], v[3]);
        }
    }

    /// <summary>Feeds every candle and returns each value the indicator returned.</summary>
    public static double[] Feed(IBarIndicator indicator, IEnumerable<(double Open, double High, double Low, double Close)> candles) =>
        candles.Select(c => indicator.Update(c.Open, c.High, c.Low, c.Close, 0)).ToArray();
}
