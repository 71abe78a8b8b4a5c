using System.Globalization;

namespace OmniAlpha.Plugins.Csv;

/// <summary>
/// Turns the timestamp field(s) of a row into the bar's UTC end time, following a <see cref="CsvColumnMapping"/>.
/// Failures return a problem text (quoting the input) instead of throwing, so a skip policy stays cheap.
/// </summary>
internal sealed class CsvTimestampParser
{
    private const int MaxTimestampLength = 64;

    private readonly CsvColumnMapping _mapping;
    private readonly TimeZoneInfo _zone;
    private readonly string[] _formats;
    private readonly bool _zoneIsUtc;
    private readonly bool _isoDateOnly;
    private readonly TimeSpan _dailyBarEnd;
    private readonly TimeSpan _startToEnd;

    public CsvTimestampParser(CsvColumnMapping mapping, TimeZoneInfo zone)
    {
        _mapping = mapping;
        _zone = zone;
        _formats = [.. mapping.TimestampFormats];
        _zoneIsUtc = zone.BaseUtcOffset == TimeSpan.Zero && !zone.SupportsDaylightSavingTime;
        _isoDateOnly = _formats is ["yyyy-MM-dd"];
        _dailyBarEnd = mapping.DailyBarEnd?.ToTimeSpan() ?? TimeSpan.Zero;
        _startToEnd = mapping.DailyBarEnd is null && mapping.TimestampMarks == TimestampPosition.BarStart
            ? mapping.BarPeriod
            : TimeSpan.Zero;
    }

    /// <summary>Parses a timestamp; <paramref name="time"/> is empty unless the mapping has a time column.</summary>
    /// <returns>Null on success, else the problem.</returns>
    public string? TryParse(ReadOnlySpan<char> date, ReadOnlySpan<char> time, out DateTime endUtc)
    {
        endUtc = default;
        if (_mapping.IsUnixTime) return TryParseUnix(date, out endUtc);

        Span<char> joined = stackalloc char[MaxTimestampLength];
        scoped ReadOnlySpan<char> text = date;
        if (_mapping.TimeColumn is not null)
        {
            if (date.Length + 1 + time.Length > MaxTimestampLength)
                return $"cannot parse '{date} {time}' as a timestamp (too long)";
            date.CopyTo(joined);
            joined[date.Length] = ' ';
            time.CopyTo(joined[(date.Length + 1)..]);
            text = joined[..(date.Length + 1 + time.Length)];
        }

        if (!TryParseText(text, out DateTime parsed))
            return $"cannot parse '{text}' as a timestamp (expected {string.Join(" or ", _formats)})";

        if (parsed.Kind == DateTimeKind.Utc)
        {
            // The text carried its own offset: it is an instant already.
            endUtc = parsed + _startToEnd;
            return null;
        }

        if (_mapping.DailyBarEnd is not null)
        {
            if (parsed.TimeOfDay != TimeSpan.Zero)
                return $"'{text}' has a time of day, but this mapping expects dates only";
            parsed += _dailyBarEnd;
        }

        if (_zoneIsUtc)
        {
            endUtc = DateTime.SpecifyKind(parsed, DateTimeKind.Utc) + _startToEnd;
            return null;
        }
        if (_zone.IsInvalidTime(parsed))
            return $"local time {Show(parsed)} does not exist in {_mapping.TimeZone} (skipped by a daylight-saving change)";
        if (_zone.IsAmbiguousTime(parsed))
            return $"local time {Show(parsed)} is ambiguous in {_mapping.TimeZone} (repeated by a daylight-saving change)";
        endUtc = TimeZoneInfo.ConvertTimeToUtc(parsed, _zone) + _startToEnd;
        return null;
    }

    private bool TryParseText(ReadOnlySpan<char> text, out DateTime parsed)
    {
        if (_isoDateOnly) return TryParseIsoDate(text, out parsed);
        return DateTime.TryParseExact(text, _formats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out parsed);
    }

    /// <summary>Fast path for the common <c>yyyy-MM-dd</c>: no culture machinery, same strictness.</summary>
    private static bool TryParseIsoDate(ReadOnlySpan<char> text, out DateTime parsed)
    {
        parsed = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-') return false;
        if (!TryDigits(text[..4], out int year) || !TryDigits(text[5..7], out int month) || !TryDigits(text[8..], out int day))
            return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        parsed = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (char c in text)
        {
            if (c is < '0' or > '9') return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    private string? TryParseUnix(ReadOnlySpan<char> text, out DateTime endUtc)
    {
        endUtc = default;
        bool milliseconds = _mapping.TimestampFormats[0] == CsvColumnMapping.UnixMilliseconds;
        string kind = milliseconds ? "Unix milliseconds" : "Unix seconds";
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
            return $"cannot parse '{text}' as {kind}";
        long maxSeconds = (long)(DateTime.MaxValue - DateTime.UnixEpoch).TotalSeconds;
        long limit = milliseconds ? maxSeconds * 1000 : maxSeconds;
        if (value < 0 || value > limit) return $"'{text}' is out of range for {kind}";
        TimeSpan sinceEpoch = milliseconds ? TimeSpan.FromMilliseconds(value) : TimeSpan.FromSeconds(value);
        DateTime utc = DateTime.UnixEpoch + sinceEpoch;
        if (DateTime.MaxValue - utc < _startToEnd) return $"'{text}' is out of range for {kind}";
        endUtc = utc + _startToEnd;
        return null;
    }

    private static string Show(DateTime local) => local.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
