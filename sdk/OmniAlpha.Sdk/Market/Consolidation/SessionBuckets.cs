using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Sdk.Market.Consolidation;

/// <summary>
/// Places instants into the buckets of a <see cref="ConsolidationPeriod"/> in an instrument's exchange time zone and
/// regular session ([<see cref="Instrument.SessionOpen"/>, <see cref="Instrument.SessionClose"/>) of each local date, a
/// close of midnight meaning 24:00; optional early closes shorten single dates). Allocation-free; the zone's UTC offset
/// is cached for up to a week, as the simulated exchange's session calendar does.
/// </summary>
internal sealed class SessionBuckets
{
    private static readonly TimeSpan EndOfDay = TimeSpan.FromDays(1);

    private readonly TimeZoneInfo _zone;
    private readonly TimeSpan _open;
    private readonly TimeSpan _close;
    private readonly ConsolidationPeriod _period;
    private readonly IReadOnlyDictionary<DateOnly, TimeOnly>? _earlyCloses;

    private TimeSpan _offset;
    private DateTime _offsetFrom = DateTime.MaxValue;
    private DateTime _offsetTo = DateTime.MinValue;

    public SessionBuckets(Instrument instrument, ConsolidationPeriod period, IReadOnlyDictionary<DateOnly, TimeOnly>? earlyCloses)
    {
        try
        {
            _zone = TimeZoneInfo.FindSystemTimeZoneById(instrument.TimeZone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ArgumentException($"Instrument {instrument.Symbol}: unknown time zone '{instrument.TimeZone}'.", nameof(instrument), e);
        }
        if (period.Length <= TimeSpan.Zero) throw new ArgumentException("The consolidation period is empty (use ConsolidationPeriod.Minutes, Hours, Daily or Weekly).", nameof(period));
        _open = instrument.SessionOpen.ToTimeSpan();
        _close = AsCloseTime(instrument.SessionClose);
        if (_open >= _close)
            throw new ArgumentException($"Instrument {instrument.Symbol}: session open {instrument.SessionOpen} is not before its close {instrument.SessionClose} (sessions spanning midnight are not supported).", nameof(instrument));
        if (earlyCloses is not null)
        {
            foreach (var (date, close) in earlyCloses)
            {
                if (AsCloseTime(close) <= _open || AsCloseTime(close) > _close)
                    throw new ArgumentException($"Early close {close} on {date:yyyy-MM-dd} is not within the session {instrument.SessionOpen}-{instrument.SessionClose}.", nameof(earlyCloses));
            }
        }
        _period = period;
        _earlyCloses = earlyCloses;
    }

    /// <summary>
    /// Finds the bucket of <paramref name="keyUtc"/>: false when the instant is outside the regular session. Otherwise
    /// gives the bucket's end and the slice [<paramref name="sliceFromUtc"/>, <paramref name="sliceToUtc"/>) around the
    /// instant in which every instant is in session and in the same bucket (the bucket itself, or the current session day of a
    /// daily or weekly bucket).
    /// </summary>
    public bool TryLocate(DateTime keyUtc, out DateTime bucketEndUtc, out DateTime sliceFromUtc, out DateTime sliceToUtc)
    {
        TimeSpan offset = OffsetAt(keyUtc);
        DateTime local = new(keyUtc.Ticks + offset.Ticks, DateTimeKind.Unspecified);
        DateOnly date = DateOnly.FromDateTime(local);
        TimeSpan time = local.TimeOfDay;
        TimeSpan close = CloseOf(date);
        if (time < _open || time >= close)
        {
            bucketEndUtc = sliceFromUtc = sliceToUtc = default;
            return false;
        }

        TimeSpan sliceStart = _open, sliceEnd = close;
        DateOnly endDate = date;
        TimeSpan endTime = close;
        if (_period.Kind == ConsolidationPeriodKind.Intraday)
        {
            long length = _period.Length.Ticks;
            sliceStart = _open + TimeSpan.FromTicks((time - _open).Ticks / length * length);
            sliceEnd = sliceStart + _period.Length < close ? sliceStart + _period.Length : close;
            endTime = sliceEnd;
        }
        else if (_period.Kind == ConsolidationPeriodKind.Weekly)
        {
            endDate = date.AddDays(((int)_period.WeekEndsOn - (int)date.DayOfWeek + 7) % 7);
            endTime = CloseOf(endDate);
        }

        long day = local.Date.Ticks;
        sliceFromUtc = ToUtc(day + sliceStart.Ticks, offset);
        sliceToUtc = ToUtc(day + sliceEnd.Ticks, offset);
        bucketEndUtc = ToUtc(endDate.ToDateTime(TimeOnly.MinValue).Ticks + endTime.Ticks, offset);
        return true;
    }

    private TimeSpan CloseOf(DateOnly date) =>
        _earlyCloses is not null && _earlyCloses.TryGetValue(date, out TimeOnly early) ? AsCloseTime(early) : _close;

    private static TimeSpan AsCloseTime(TimeOnly close) => close == TimeOnly.MinValue ? EndOfDay : close.ToTimeSpan();

    /// <summary>Exchange-local ticks to UTC, using <paramref name="hint"/> unless the zone's offset differs at the result.</summary>
    private DateTime ToUtc(long localTicks, TimeSpan hint)
    {
        long utc = localTicks - hint.Ticks;
        TimeSpan offset = OffsetAt(new DateTime(utc, DateTimeKind.Utc));
        if (offset != hint) utc = localTicks - offset.Ticks;
        return new DateTime(utc, DateTimeKind.Utc);
    }

    /// <summary>The zone's offset at <paramref name="utc"/>, reused for up to a week when it is the same at both ends of it.</summary>
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
