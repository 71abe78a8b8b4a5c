using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Plugins.Simulated;

/// <summary>
/// Classifies bars into an instrument's sessions in its exchange time zone. A bar belongs to the session of the
/// local date just before its end (a bar ending exactly at local midnight closes the previous day). It opens the
/// session when it is the first bar of that date ending after <see cref="Instrument.SessionOpen"/>, and closes it
/// when it is the first bar of that date ending at or after <see cref="Instrument.SessionClose"/> (a close of
/// midnight means 24:00, the end of the day). A daily bar stamped at the close therefore both opens and closes its
/// session. Sessions are assumed to lie within one local date (open before close); early closes are not modelled.
/// </summary>
internal sealed class SessionCalendar
{
    private static readonly TimeSpan EndOfDay = TimeSpan.FromDays(1);

    private readonly TimeZoneInfo _zone;
    private readonly TimeSpan _open;
    private readonly TimeSpan _close;

    // The zone's UTC offset and the window [from, to) in which it is known not to change (see OffsetAt).
    private TimeSpan _offset;
    private DateTime _offsetFrom = DateTime.MaxValue;
    private DateTime _offsetTo = DateTime.MinValue;

    // One-entry cache: the previous bar's local stamp is usually the one computed for the last classified bar.
    private DateTime _cachedUtc = DateTime.MinValue;
    private DateOnly _cachedDate;
    private TimeSpan _cachedTimeOfDay;

    public SessionCalendar(Instrument instrument)
    {
        try
        {
            _zone = TimeZoneInfo.FindSystemTimeZoneById(instrument.TimeZone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ArgumentException(
                $"Instrument {instrument.Symbol}: unknown time zone '{instrument.TimeZone}'.", nameof(instrument), e);
        }

        _open = instrument.SessionOpen.ToTimeSpan();
        TimeSpan close = instrument.SessionClose.ToTimeSpan();
        _close = close == TimeSpan.Zero ? EndOfDay : close;
    }

    /// <summary>Classifies the bar ending at <paramref name="endUtc"/>, given the end of the symbol's previous bar, if any.</summary>
    public BarSession Classify(DateTime endUtc, DateTime? previousEndUtc)
    {
        bool hasPrevious = previousEndUtc.HasValue;
        DateOnly previousDate = default;
        TimeSpan previousTime = default;
        if (hasPrevious) ToLocal(previousEndUtc.GetValueOrDefault(), out previousDate, out previousTime);
        ToLocal(endUtc, out DateOnly date, out TimeSpan time);

        bool sameSession = hasPrevious && previousDate == date;
        bool isOpen = time > _open && !(sameSession && previousTime > _open);
        bool isClose = time >= _close && !(sameSession && previousTime >= _close);
        return new BarSession(date, isOpen, isClose);
    }

    private void ToLocal(DateTime utc, out DateOnly sessionDate, out TimeSpan endTimeOfDay)
    {
        if (utc == _cachedUtc)
        {
            sessionDate = _cachedDate;
            endTimeOfDay = _cachedTimeOfDay;
            return;
        }

        DateTime local = DateTime.SpecifyKind(utc, DateTimeKind.Unspecified) + OffsetAt(utc);
        TimeSpan time = local.TimeOfDay;
        if (time == TimeSpan.Zero)
        {
            // Midnight ends the previous day.
            local = local.AddDays(-1);
            time = EndOfDay;
        }

        sessionDate = DateOnly.FromDateTime(local);
        endTimeOfDay = time;
        _cachedUtc = utc;
        _cachedDate = sessionDate;
        _cachedTimeOfDay = time;
    }

    /// <summary>
    /// The zone's offset at <paramref name="utc"/>. Time-zone rule lookups cost hundreds of nanoseconds, so the
    /// offset is reused for up to a week ahead when it is the same at both ends of that week: no zone changes its
    /// offset twice within seven days, so equal offsets at both ends mean no change in between.
    /// </summary>
    private TimeSpan OffsetAt(DateTime utc)
    {
        if (utc >= _offsetFrom && utc < _offsetTo) return _offset;
        var utcKind = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        _offset = _zone.GetUtcOffset(utcKind);
        if (utc < DateTime.MaxValue.AddDays(-8) && _zone.GetUtcOffset(utcKind.AddDays(7)) == _offset)
        {
            _offsetFrom = utc;
            _offsetTo = utc.AddDays(7);
        }
        else
        {
            _offsetFrom = DateTime.MaxValue;
            _offsetTo = DateTime.MinValue;
        }
        return _offset;
    }
}
