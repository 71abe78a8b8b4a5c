using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Benchmarks.Live;

/// <summary>
/// Deterministic synthetic US-equity minute bars, in memory: per symbol a seeded geometric random walk (start price
/// log-uniform in 5..500 USD, about 2 % daily volatility, a small overnight gap) and volumes with the intraday U shape
/// (heavier at the open and the close) around a log-uniform average daily volume of 0.2..20 million shares. Bars end
/// at 09:31..16:00 New York time (390 per session, stamped in UTC), weekdays from <see cref="FirstDay"/>; holidays are
/// ignored. Same seed, same bars.
/// </summary>
public static class SyntheticMinuteBars
{
    /// <summary>Minute bars per regular session.</summary>
    public const int BarsPerDay = 390;

    /// <summary>The first session (a Monday).</summary>
    public static readonly DateOnly FirstDay = new(2024, 3, 4);

    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>Symbol names: SYM000, SYM001, ...</summary>
    public static string SymbolName(int index) => $"SYM{index:D3}";

    /// <summary>The weekday sessions' bar end times (UTC), <paramref name="days"/> sessions from <see cref="FirstDay"/>.</summary>
    public static DateTime[] SessionMinutes(int days)
    {
        var times = new DateTime[days * BarsPerDay];
        var day = FirstDay;
        for (int d = 0; d < days; d++)
        {
            while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(1);
            var open = day.ToDateTime(new TimeOnly(9, 30));
            for (int m = 0; m < BarsPerDay; m++)
                times[d * BarsPerDay + m] = TimeZoneInfo.ConvertTimeToUtc(open.AddMinutes(m + 1), NewYork);
            day = day.AddDays(1);
        }
        return times;
    }

    /// <summary>Generates <paramref name="symbols"/> series of <paramref name="days"/> sessions each.</summary>
    public static BarSeries[] Generate(int symbols, int days, int seed)
    {
        var times = SessionMinutes(days);
        var result = new BarSeries[symbols];
        for (int s = 0; s < symbols; s++)
            result[s] = One(SymbolName(s), times, new Random(unchecked(seed * 31 + s)));
        return result;
    }

    private static BarSeries One(string name, DateTime[] times, Random random)
    {
        const double minuteVolatility = 0.02 / 19.75; // 2 % a day over sqrt(390) minutes
        double price = 5 * Math.Pow(100, random.NextDouble());
        double minuteVolume = 200_000 * Math.Pow(100, random.NextDouble()) / BarsPerDay;
        var bars = new Bar[times.Length];
        decimal close = Cents(price);
        for (int i = 0; i < times.Length; i++)
        {
            int minute = i % BarsPerDay;
            if (minute == 0 && i > 0) price *= Math.Exp(Normal(random) * 0.005); // overnight gap
            decimal open = minute == 0 ? Cents(price) : close;
            price *= Math.Exp(Normal(random) * minuteVolatility);
            close = Cents(price);
            decimal wick = Cents(price * minuteVolatility * Math.Abs(Normal(random)) * 0.5);
            decimal high = Math.Max(open, close) + wick;
            decimal low = Math.Max(0.01m, Math.Min(open, close) - wick);
            double shape = 1 + 2.5 * Math.Pow((minute - 194.5) / 194.5, 4); // U-shaped intraday volume
            decimal volume = Math.Max(100m, Math.Round((decimal)(minuteVolume * shape * Math.Exp(Normal(random) * 0.5)), 0));
            bars[i] = new Bar(name, times[i], open, high, low, close, volume);
        }
        return new BarSeries(Instrument.UsEquity(name), bars, TimeSpan.FromMinutes(1));
    }

    private static decimal Cents(double price) => Math.Max(0.01m, Math.Round((decimal)price, 2));

    /// <summary>A standard normal draw (Box-Muller).</summary>
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
