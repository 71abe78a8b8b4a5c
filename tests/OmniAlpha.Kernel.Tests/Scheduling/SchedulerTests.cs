using OmniAlpha.Kernel.Scheduling;

namespace OmniAlpha.Kernel.Tests.Scheduling;

public class SchedulerTests
{
    [Fact]
    public void Every_n_bars_fires_on_every_nth_step()
    {
        var scheduler = new Scheduler();
        var fired = new List<int>();
        int step = 0;
        scheduler.EveryBars(3, () => fired.Add(step));
        for (step = 1; step <= 10; step++) scheduler.OnTimeStep(TestBars.Day0.AddDays(step));
        Assert.Equal([3, 6, 9], fired);
    }

    [Fact]
    public void Every_step_callbacks_get_each_step_time_before_the_bar_count_callbacks()
    {
        var scheduler = new Scheduler();
        var calls = new List<string>();
        scheduler.EveryBars(2, () => calls.Add("every 2"));
        scheduler.EveryStep(time => calls.Add($"step {time:dd}"));

        Assert.False(scheduler.IsEmpty);
        for (int day = 1; day <= 2; day++) scheduler.OnTimeStep(TestBars.Day0.AddDays(day));

        Assert.Equal(["step 03", "step 04", "every 2"], calls);
    }

    [Fact]
    public void Daily_fires_once_per_local_day_at_the_first_step_at_or_after_the_time()
    {
        var scheduler = new Scheduler();
        var fired = new List<DateTime>();
        var ny = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        DateTime now = default;
        scheduler.Daily(new TimeOnly(10, 0), ny, () => fired.Add(now));
        // Minute steps from 09:30 to 16:00 New York (14:30-21:00 UTC) on two winter days.
        foreach (var day in new[] { new DateTime(2024, 1, 2), new DateTime(2024, 1, 3) })
        {
            for (var t = day.AddHours(14).AddMinutes(31); t <= day.AddHours(21); t = t.AddMinutes(1))
            {
                now = DateTime.SpecifyKind(t, DateTimeKind.Utc);
                scheduler.OnTimeStep(now);
            }
        }
        Assert.Equal([new DateTime(2024, 1, 2, 15, 0, 0, DateTimeKind.Utc), new DateTime(2024, 1, 3, 15, 0, 0, DateTimeKind.Utc)], fired);
    }

    [Fact]
    public void Daily_respects_daylight_saving_time()
    {
        var scheduler = new Scheduler();
        var fired = new List<DateTime>();
        DateTime now = default;
        scheduler.Daily(new TimeOnly(10, 0), TimeZoneInfo.FindSystemTimeZoneById("America/New_York"), () => fired.Add(now));
        // In July New York is UTC-4, so 10:00 local is 14:00 UTC.
        for (var t = new DateTime(2024, 7, 1, 13, 0, 0, DateTimeKind.Utc); t <= new DateTime(2024, 7, 1, 20, 0, 0, DateTimeKind.Utc); t = t.AddMinutes(30))
        {
            now = t;
            scheduler.OnTimeStep(t);
        }
        Assert.Equal([new DateTime(2024, 7, 1, 14, 0, 0, DateTimeKind.Utc)], fired);
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        var scheduler = new Scheduler();
        Assert.Throws<ArgumentOutOfRangeException>(() => scheduler.EveryBars(0, () => { }));
    }
}
