using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;

namespace StrategyTests.Harness;

/// <summary>Builds bar series for tests.</summary>
public static class Bars
{
    /// <summary>The end time of the first bar: 2024-01-02 21:00 UTC, a New York session close.</summary>
    public static readonly DateTime FirstClose = new(2024, 1, 2, 21, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// Daily bars of <paramref name="symbol"/>, one per close, a day apart from <see cref="FirstClose"/>. Each bar
    /// opens at the previous close (the first at its own close), so an order decided on bar t fills at bar t's close
    /// price on bar t+1; high and low enclose open and close.
    /// </summary>
    public static IReadOnlyList<Bar> FromCloses(Symbol symbol, params decimal[] closes)
    {
        var bars = new Bar[closes.Length];
        for (int i = 0; i < closes.Length; i++)
        {
            decimal close = closes[i];
            decimal open = i == 0 ? close : closes[i - 1];
            bars[i] = new Bar(symbol, FirstClose.AddDays(i), open, Math.Max(open, close), Math.Min(open, close), close, 1_000m);
        }
        return bars;
    }

    /// <summary><paramref name="count"/> closes starting at <paramref name="first"/> and moving by <paramref name="step"/> each bar.</summary>
    public static decimal[] Line(decimal first, decimal step, int count) =>
        Enumerable.Range(0, count).Select(i => first + step * i).ToArray();

    /// <summary>The closes of every series, one after the other.</summary>
    public static decimal[] Concat(params decimal[][] series) => series.SelectMany(s => s).ToArray();
}
