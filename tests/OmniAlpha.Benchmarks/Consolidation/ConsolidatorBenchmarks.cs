using BenchmarkDotNet.Attributes;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Market.Consolidation;

namespace OmniAlpha.Benchmarks.Consolidation;

/// <summary>
/// Cost per input bar of consolidating 1,014,000 regular-session minute bars (2,600 New York sessions, DST changes
/// included) into 5-minute and daily bars. Results are per input bar.
/// </summary>
[MemoryDiagnoser]
public class ConsolidatorBenchmarks
{
    private const int Sessions = 2600;
    private const int MinutesPerSession = 390;
    private const int Inputs = Sessions * MinutesPerSession;
    private static readonly Instrument Spy = Instrument.UsEquity(new Symbol("SPY"));
    private Bar[] _minutes = [];
    private long _emitted;

    [GlobalSetup]
    public void Setup()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        _minutes = new Bar[Inputs];
        int n = 0;
        for (DateTime day = new(2010, 1, 4); n < Inputs; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
            for (int m = 1; m <= MinutesPerSession; m++)
            {
                decimal price = 100m + (m % 23) * 0.01m;
                _minutes[n++] = new Bar(Spy.Symbol, TimeZoneInfo.ConvertTimeToUtc(day.AddHours(9.5).AddMinutes(m), zone),
                    price, price + 0.03m, price - 0.02m, price + 0.01m, 100 + m);
            }
        }
    }

    [Benchmark(OperationsPerInvoke = Inputs)]
    public long FiveMinuteBars() => Run(ConsolidationPeriod.Minutes(5));

    [Benchmark(OperationsPerInvoke = Inputs)]
    public long DailyBars() => Run(ConsolidationPeriod.Daily);

    private long Run(ConsolidationPeriod period)
    {
        _emitted = 0;
        var consolidator = new BarConsolidator(Spy, period, _ => _emitted++);
        Bar[] minutes = _minutes;
        for (int i = 0; i < minutes.Length; i++) consolidator.Update(in minutes[i]);
        return _emitted;
    }
}
