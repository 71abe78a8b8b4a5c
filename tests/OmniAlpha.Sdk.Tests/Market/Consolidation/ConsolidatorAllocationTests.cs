using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Market.Consolidation;

namespace OmniAlpha.Sdk.Tests.Market.Consolidation;

/// <summary>Consolidators allocate nothing per input, also when bars are emitted and sessions and DST changes are crossed.</summary>
public sealed class ConsolidatorAllocationTests
{
    private static readonly Instrument Spy = Instrument.UsEquity(new Symbol("SPY"));

    /// <summary>Regular-session minute bars (09:31-16:00 New York) of every weekday from <paramref name="firstDay"/> for <paramref name="days"/> days.</summary>
    private static Bar[] SessionMinutes(DateTime firstDay, int days)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var bars = new List<Bar>();
        for (int d = 0; d < days; d++)
        {
            DateTime day = firstDay.AddDays(d);
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
            for (int m = 1; m <= 390; m++)
            {
                decimal price = 100m + (m % 17) * 0.01m;
                bars.Add(new Bar(Spy.Symbol, TimeZoneInfo.ConvertTimeToUtc(day.AddHours(9.5).AddMinutes(m), zone), price, price + 0.05m, price - 0.05m, price, 100));
            }
        }
        return [.. bars];
    }

    [Theory]
    [InlineData(5)]
    [InlineData(60)]
    [InlineData(0)] // daily
    public void Feeding_minute_bars_across_a_dst_change_allocates_nothing(int minutes)
    {
        Bar[] bars = SessionMinutes(new DateTime(2013, 10, 28), 14); // crosses 3 Nov 2013
        long emitted = 0;
        var consolidator = new BarConsolidator(Spy, minutes == 0 ? ConsolidationPeriod.Daily : ConsolidationPeriod.Minutes(minutes), _ => emitted++);
        for (int i = 0; i < 2000; i++) consolidator.Update(in bars[i]); // warm up the JIT and the zone-offset cache

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 2000; i < bars.Length; i++) consolidator.Update(in bars[i]);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(minutes == 0 ? 10 : 10 * (390 / minutes + (390 % minutes == 0 ? 0 : 1)), emitted);
    }
}
