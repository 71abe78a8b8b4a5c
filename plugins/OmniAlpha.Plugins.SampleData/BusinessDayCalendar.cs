namespace OmniAlpha.Plugins.SampleData;

/// <summary>End times of consecutive weekday sessions closing at 16:00 New York time, in UTC.</summary>
/// <remarks>Weekends are skipped; exchange holidays are deliberately ignored (the data is invented anyway).</remarks>
internal static class BusinessDayCalendar
{
    /// <summary>Local session close of the sample instruments.</summary>
    public static readonly TimeOnly SessionClose = new(16, 0);

    /// <summary>Exchange time zone of the sample instruments.</summary>
    public const string TimeZoneId = "America/New_York";

    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>The first weekday on or after <paramref name="date"/>.</summary>
    public static DateOnly FirstSessionOnOrAfter(DateOnly date)
    {
        while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) date = date.AddDays(1);
        return date;
    }

    /// <summary>UTC end times of <paramref name="count"/> sessions starting with the first weekday on or after <paramref name="first"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The sessions would run past the year 9999.</exception>
    public static DateTime[] SessionEnds(DateOnly first, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var ends = new DateTime[count];
        DateOnly date = FirstSessionOnOrAfter(first);
        var last = new DateOnly(9999, 12, 30);
        for (int i = 0; i < count; i++)
        {
            if (date > last)
                throw new ArgumentOutOfRangeException(nameof(count), count, $"{count} sessions from {first:yyyy-MM-dd} run past the year 9999.");
            ends[i] = TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(SessionClose), Zone);
            date = date.AddDays(date.DayOfWeek == DayOfWeek.Friday ? 3 : 1);
        }
        return ends;
    }
}
