using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Plugins.SampleData;

/// <summary>
/// Generates plausible, fully deterministic daily bars for one invented US equity: a geometric random walk
/// with per-symbol drift and volatility, trends that reverse every two to six months, occasional overnight
/// gaps of several percent, an intraday range around open and close, and volume that rises on big moves.
/// </summary>
/// <remarks>
/// Bit-identical on every machine and .NET version: the random source is xoshiro256** (integer arithmetic)
/// and the price process uses only IEEE-754 addition, subtraction, multiplication, division and rounding to
/// an integer, which are exactly rounded everywhere; no Math.Exp/Log/Sin, no System.Random, no double to
/// decimal conversion (prices become decimals through whole cents). Session times come from the
/// America/New_York zone rules, which are settled for past dates; far-future dates follow the installed rules.
/// </remarks>
public static class SampleBarGenerator
{
    /// <summary>Cheapest price the walk may reach; it is reflected upward below this.</summary>
    private const double PriceFloor = 1.0;

    /// <summary>Generates <paramref name="barCount"/> daily bars for <paramref name="symbol"/>.</summary>
    /// <param name="symbol">Ticker; with the seed it fully determines the series (case-insensitively).</param>
    /// <param name="barCount">Number of weekday sessions.</param>
    /// <param name="seed">Data set seed.</param>
    /// <param name="firstDate">First session (default 2015-01-02; moved forward to a weekday if needed).</param>
    /// <exception cref="ArgumentOutOfRangeException">The sessions would run past the year 9999.</exception>
    public static BarSeries Generate(Symbol symbol, int barCount, ulong seed, DateOnly? firstDate = null) =>
        Generate(symbol, seed, BusinessDayCalendar.SessionEnds(firstDate ?? new DateOnly(2015, 1, 2), barCount));

    /// <summary>Generates one bar per given session end time (shared between symbols by the data source).</summary>
    internal static BarSeries Generate(Symbol symbol, ulong seed, DateTime[] sessionEnds)
    {
        if (symbol.IsEmpty) throw new ArgumentException("A symbol is required.", nameof(symbol));
        var rng = new Xoshiro256StarStar(SymbolSeed(seed, symbol));

        // Per-symbol character.
        double startPrice = rng.NextDouble(20.0, 200.0);
        double volatility = rng.NextDouble(0.010, 0.025);     // daily standard deviation of returns
        double baseDrift = rng.NextDouble(-0.0002, 0.0005);   // daily
        double trendStrength = rng.NextDouble(0.0010, 0.0030); // daily drift added or removed by the regime
        double baseVolume = rng.NextDouble(200_000.0, 5_000_000.0);
        int trendDirection = rng.NextDouble() < 0.5 ? -1 : 1;
        int regimeLeft = NextRegimeLength(ref rng);

        var bars = new Bar[sessionEnds.Length];
        double previousClose = startPrice;
        for (int i = 0; i < bars.Length; i++)
        {
            if (--regimeLeft <= 0)
            {
                trendDirection = -trendDirection;
                // Keep prices in a sane band over very long runs: far from the start, the next trend heads back.
                if (previousClose < startPrice * 0.2) trendDirection = 1;
                else if (previousClose > startPrice * 5.0) trendDirection = -1;
                regimeLeft = NextRegimeLength(ref rng);
            }

            double gap = rng.NextDouble() < 0.04
                ? (rng.NextDouble() < 0.5 ? -1.0 : 1.0) * rng.NextDouble(0.01, 0.06) // news gap
                : volatility * 0.25 * rng.NextNormal();                             // ordinary overnight drift
            double dayReturn = baseDrift + trendDirection * trendStrength + volatility * rng.NextNormal();

            double open = previousClose * (1.0 + gap);
            if (open < PriceFloor) open = previousClose * (1.0 - gap);
            double close = open * (1.0 + dayReturn);
            if (close < PriceFloor) close = open * (1.0 - dayReturn);
            double high = Math.Max(open, close) * (1.0 + volatility * rng.NextDouble(0.1, 0.8));
            double low = Math.Min(open, close) * (1.0 - volatility * rng.NextDouble(0.1, 0.8));

            long openCents = Cents(open), closeCents = Cents(close);
            long highCents = Math.Max(Cents(high), Math.Max(openCents, closeCents));
            long lowCents = Math.Max(1, Math.Min(Cents(low), Math.Min(openCents, closeCents)));

            double moveSize = Math.Abs(dayReturn) + Math.Abs(gap);
            long volume = (long)(baseVolume * rng.NextDouble(0.6, 1.4) * (1.0 + 25.0 * moveSize));

            bars[i] = new Bar(symbol, sessionEnds[i], Price(openCents), Price(highCents), Price(lowCents), Price(closeCents), volume);
            previousClose = closeCents / 100.0;
        }
        return new BarSeries(Instrument.UsEquity(symbol, 0.01m), bars, TimeSpan.FromDays(1));
    }

    /// <summary>Seed of one symbol's stream: the data set seed mixed with an FNV-1a hash of the upper-cased ticker.</summary>
    internal static ulong SymbolSeed(ulong seed, Symbol symbol)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in symbol.Value.ToUpperInvariant())
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        ulong state = seed ^ hash;
        return Xoshiro256StarStar.SplitMix64(ref state);
    }

    /// <summary>Trend regimes last 40 to 120 sessions (two to six months).</summary>
    private static int NextRegimeLength(ref Xoshiro256StarStar rng) => 40 + (int)(rng.NextDouble() * 81.0);

    /// <summary>Rounds to whole cents (half to even), at least one cent.</summary>
    private static long Cents(double price) => Math.Max(1L, (long)Math.Round(price * 100.0, MidpointRounding.ToEven));

    /// <summary>An exact two-decimal price from cents.</summary>
    private static decimal Price(long cents) => new((int)cents, (int)(cents >> 32), 0, false, 2);
}
