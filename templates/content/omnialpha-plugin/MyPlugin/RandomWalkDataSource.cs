using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;

namespace MyPlugin;

/// <summary>
/// Seeded random-walk daily bars: each close is the previous close times (1 + a normal return), rounded to the cent;
/// each bar opens at the previous close, and high and low reach a little beyond open and close. Bars end at 21:00 UTC
/// on weekdays. Each symbol has its own stream (the seed plus the symbol's position), so adding a symbol does not
/// change the others.
/// </summary>
public sealed class RandomWalkDataSource : IHistoricalDataSource
{
    private readonly RandomWalkOptions _options;
    private readonly Dictionary<Symbol, BarSeries> _series = new();

    /// <summary>Generates every symbol's bars from <paramref name="options"/>.</summary>
    public RandomWalkDataSource(RandomWalkOptions options)
    {
        _options = options;
        Symbols = options.Symbols.Select(s => new Symbol(s)).ToArray();
        for (int i = 0; i < Symbols.Count; i++) _series[Symbols[i]] = Generate(Symbols[i], options.Seed + i);
    }

    /// <inheritdoc />
    public string Name => "random walk";

    /// <inheritdoc />
    public IReadOnlyList<Symbol> Symbols { get; }

    /// <inheritdoc />
    public BarSeries Load(Symbol symbol, DateTime? fromUtc = null, DateTime? toUtc = null) =>
        _series.TryGetValue(symbol, out var series)
            ? series.Slice(fromUtc, toUtc)
            : throw new ArgumentException($"{symbol} is not one of this data set's symbols ({string.Join(", ", Symbols)})", nameof(symbol));

    private BarSeries Generate(Symbol symbol, int seed)
    {
        var random = new Random(seed);
        var bars = new Bar[_options.Bars];
        decimal previousClose = _options.StartPrice;
        var date = _options.FirstDate;
        for (int i = 0; i < bars.Length; i++)
        {
            while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) date = date.AddDays(1);
            decimal close = Math.Max(0.01m, Math.Round(previousClose * (decimal)(1.0 + _options.DailyVolatility * Normal(random)), 2));
            decimal open = previousClose;
            decimal reach = Math.Round(Math.Abs(close - open) * 0.25m + 0.01m, 2);
            decimal high = Math.Max(open, close) + reach;
            decimal low = Math.Max(0.01m, Math.Min(open, close) - reach);
            bars[i] = new Bar(symbol, date.ToDateTime(new TimeOnly(21, 0), DateTimeKind.Utc), open, high, low, close, 1_000_000m);
            previousClose = close;
            date = date.AddDays(1);
        }
        return new BarSeries(Instrument.UsEquity(symbol), bars, TimeSpan.FromDays(1));
    }

    // Box-Muller: a standard normal draw from two uniform ones.
    private static double Normal(Random random)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
