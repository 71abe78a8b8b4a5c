namespace OmniAlpha.Kernel.Scheduling;

/// <summary>
/// Strategy callbacks scheduled by bar count or by time of day. Checked once per time step, after the
/// strategy saw the step's bars; deterministic because it only looks at engine time.
/// </summary>
internal sealed class Scheduler
{
    private readonly List<EveryBarsSchedule> _everyBars = [];
    private readonly List<DailySchedule> _daily = [];
    private readonly List<Action<DateTime>> _everyStep = [];
    private long _steps;

    public bool IsEmpty => _everyBars.Count == 0 && _daily.Count == 0 && _everyStep.Count == 0;

    /// <summary>Runs <paramref name="callback"/> with the step's time at every time step, before the bar-count and daily callbacks.</summary>
    public void EveryStep(Action<DateTime> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        _everyStep.Add(callback);
    }

    public void EveryBars(int bars, Action callback)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bars, 1);
        ArgumentNullException.ThrowIfNull(callback);
        _everyBars.Add(new EveryBarsSchedule(bars, callback));
    }

    public void Daily(TimeOnly timeOfDay, TimeZoneInfo zone, Action callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        _daily.Add(new DailySchedule(timeOfDay, zone, callback));
    }

    /// <summary>
    /// Removes every schedule (a hot-reloaded strategy registers its own again) and returns them, so a failed reload
    /// can put them back. The step count, which every-n-bars schedules count from, is kept.
    /// </summary>
    public SavedSchedules RemoveAll()
    {
        var saved = new SavedSchedules(_everyBars.ToArray(), _daily.ToArray());
        _everyBars.Clear();
        _daily.Clear();
        return saved;
    }

    /// <summary>Adds back schedules taken by <see cref="RemoveAll"/>.</summary>
    public void Restore(SavedSchedules saved)
    {
        _everyBars.AddRange(saved.EveryBars);
        _daily.AddRange(saved.Daily);
    }

    /// <summary>Runs whatever is due at <paramref name="utcNow"/>.</summary>
    public void OnTimeStep(DateTime utcNow)
    {
        _steps++;
        for (int i = 0; i < _everyStep.Count; i++) _everyStep[i](utcNow);
        for (int i = 0; i < _everyBars.Count; i++)
        {
            var s = _everyBars[i];
            if (_steps % s.Bars == 0) s.Callback();
        }
        for (int i = 0; i < _daily.Count; i++) _daily[i].OnTimeStep(utcNow);
    }

    internal sealed record EveryBarsSchedule(int Bars, Action Callback);

    /// <summary>Schedules taken out by <see cref="RemoveAll"/>.</summary>
    internal sealed record SavedSchedules(EveryBarsSchedule[] EveryBars, DailySchedule[] Daily);
}
