namespace OmniAlpha.Kernel.Scheduling;

/// <summary>
/// Fires once per local calendar day, at the first time step at or after a local time of day. The next due
/// instant is precomputed in UTC, so the per-step check is one comparison.
/// </summary>
internal sealed class DailySchedule(TimeOnly timeOfDay, TimeZoneInfo zone, Action callback)
{
    private DateTime _nextDueUtc = DateTime.MinValue;
    private DateOnly _lastFiredDate = DateOnly.MinValue;

    public void OnTimeStep(DateTime utcNow)
    {
        if (_nextDueUtc == DateTime.MinValue) _nextDueUtc = DueOn(LocalDate(utcNow));
        if (utcNow < _nextDueUtc) return;
        var today = LocalDate(utcNow);
        if (today != _lastFiredDate)
        {
            _lastFiredDate = today;
            callback();
        }
        _nextDueUtc = DueOn(today.AddDays(1));
    }

    private DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, zone));

    private DateTime DueOn(DateOnly date)
    {
        var local = date.ToDateTime(timeOfDay, DateTimeKind.Unspecified);
        // A local time skipped by a DST jump is taken one hour later.
        if (zone.IsInvalidTime(local)) local = local.AddHours(1);
        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}
