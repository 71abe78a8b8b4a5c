using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Kernel.Tests;

/// <summary>Small hand-made data sets: daily bars ending 21:00 UTC (16:00 New York in winter).</summary>
internal static class TestBars
{
    public static readonly DateTime Day0 = new(2024, 1, 2, 21, 0, 0, DateTimeKind.Utc);

    public static Bar Daily(Symbol symbol, int day, decimal open, decimal high, decimal low, decimal close, decimal volume = 1_000_000m) =>
        new(symbol, Day0.AddDays(day), open, high, low, close, volume);

    /// <summary>A series from closes only: open = previous close, high/low = max/min of open and close.</summary>
    public static BarSeries FromCloses(Symbol symbol, params decimal[] closes)
    {
        var bars = new Bar[closes.Length];
        for (int i = 0; i < closes.Length; i++)
        {
            decimal open = i == 0 ? closes[0] : closes[i - 1];
            bars[i] = Daily(symbol, i, open, Math.Max(open, closes[i]), Math.Min(open, closes[i]), closes[i]);
        }
        return new BarSeries(Instrument.UsEquity(symbol), bars, TimeSpan.FromDays(1));
    }

    public static BarSeries Series(Symbol symbol, params Bar[] bars) =>
        new(Instrument.UsEquity(symbol), bars, TimeSpan.FromDays(1));
}
