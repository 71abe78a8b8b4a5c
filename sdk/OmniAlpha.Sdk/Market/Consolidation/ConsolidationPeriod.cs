using System.Globalization;

namespace OmniAlpha.Sdk.Market.Consolidation;

/// <summary>
/// The length of the bars a consolidator builds: N minutes or N hours (buckets aligned to the session open, so with a
/// 09:30 open a 60-minute bar covers 09:30-10:30 and the last one of the day 15:30-16:00), one bar per session (ending at
/// the session close), or one bar per week.
/// </summary>
public readonly record struct ConsolidationPeriod
{
    private ConsolidationPeriod(ConsolidationPeriodKind kind, TimeSpan length, DayOfWeek weekEndsOn)
    {
        Kind = kind;
        Length = length;
        WeekEndsOn = weekEndsOn;
    }

    /// <summary>Intraday, daily or weekly.</summary>
    public ConsolidationPeriodKind Kind { get; }

    /// <summary>Bucket length of an intraday period; one day for daily, seven days for weekly.</summary>
    public TimeSpan Length { get; }

    /// <summary>For a weekly period: the last day of each week (its bar ends at that day's session close).</summary>
    public DayOfWeek WeekEndsOn { get; }

    /// <summary>Bars of <paramref name="minutes"/> minutes, aligned to the session open.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minutes"/> is below 1 or above one day.</exception>
    public static ConsolidationPeriod Minutes(int minutes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minutes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minutes, 24 * 60);
        return new(ConsolidationPeriodKind.Intraday, TimeSpan.FromMinutes(minutes), default);
    }

    /// <summary>Bars of <paramref name="hours"/> hours, aligned to the session open.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is below 1 or above 24.</exception>
    public static ConsolidationPeriod Hours(int hours)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hours, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hours, 24);
        return new(ConsolidationPeriodKind.Intraday, TimeSpan.FromHours(hours), default);
    }

    /// <summary>Intraday bars of any length from one second to one day, aligned to the session open.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is not a whole number of seconds in [1 s, 1 day].</exception>
    public static ConsolidationPeriod Intraday(TimeSpan length)
    {
        if (length < TimeSpan.FromSeconds(1) || length > TimeSpan.FromDays(1) || length.Ticks % TimeSpan.TicksPerSecond != 0)
            throw new ArgumentOutOfRangeException(nameof(length), length, "An intraday period is a whole number of seconds from 1 s to 1 day.");
        return new(ConsolidationPeriodKind.Intraday, length, default);
    }

    /// <summary>One bar per session, from the session open to the session close, stamped with the close.</summary>
    public static ConsolidationPeriod Daily { get; } = new(ConsolidationPeriodKind.Daily, TimeSpan.FromDays(1), default);

    /// <summary>One bar per week: the sessions of the seven days ending on <paramref name="weekEndsOn"/>, stamped with that day's session close.</summary>
    public static ConsolidationPeriod Weekly(DayOfWeek weekEndsOn = DayOfWeek.Friday) =>
        new(ConsolidationPeriodKind.Weekly, TimeSpan.FromDays(7), weekEndsOn);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        ConsolidationPeriodKind.Daily => "daily",
        ConsolidationPeriodKind.Weekly => "weekly (ending " + WeekEndsOn + ")",
        _ when Length.Ticks % TimeSpan.TicksPerHour == 0 => ((int)Length.TotalHours).ToString(CultureInfo.InvariantCulture) + "h",
        _ when Length.Ticks % TimeSpan.TicksPerMinute == 0 => ((int)Length.TotalMinutes).ToString(CultureInfo.InvariantCulture) + "min",
        _ => ((int)Length.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s",
    };
}
