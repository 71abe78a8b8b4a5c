namespace OmniAlpha.Plugins.Csv;

/// <summary>
/// How a CSV file lays out its bars: which columns hold what, how timestamps are written and what instant
/// they denote. Immutable; start from a preset and adjust with <c>with { ... }</c>.
/// </summary>
/// <remarks>
/// Every timestamp is converted to UTC. Exchange-local timestamps are interpreted in <see cref="TimeZone"/>;
/// a local time that does not exist (skipped by a daylight-saving change) or occurs twice is rejected rather
/// than guessed. Fields are split on <see cref="Delimiter"/>; quoting is not supported beyond removing a pair
/// of double quotes around a whole field (market data fields never contain the delimiter).
/// </remarks>
public sealed record CsvColumnMapping
{
    /// <summary>Timestamp format for whole seconds since 1970-01-01T00:00:00Z (always UTC).</summary>
    public const string UnixSeconds = "unix";

    /// <summary>Timestamp format for whole milliseconds since 1970-01-01T00:00:00Z (always UTC).</summary>
    public const string UnixMilliseconds = "unix-ms";

    /// <summary>
    /// Yahoo Finance daily downloads: <c>Date,Open,High,Low,Close,Adj Close,Volume</c>, ISO dates in New York
    /// time, each bar ending at the 16:00 close. Reads <c>Close</c>, not <c>Adj Close</c>.
    /// </summary>
    public static CsvColumnMapping Yahoo { get; } = new()
    {
        TimestampColumn = "Date",
        TimestampFormats = ["yyyy-MM-dd"],
        TimeZone = "America/New_York",
        DailyBarEnd = new TimeOnly(16, 0),
        BarPeriod = TimeSpan.FromDays(1),
    };

    /// <summary>
    /// backtrader's daily files: <c>Date,Open,High,Low,Close,Volume,OpenInterest</c> with ISO dates.
    /// </summary>
    /// <remarks>
    /// These files carry no time zone or session. Like backtrader, the preset lets each bar end at the end of
    /// its day (23:59:59 UTC); set <see cref="TimeZone"/> and <see cref="DailyBarEnd"/> to the exchange's
    /// real close when it is known.
    /// </remarks>
    public static CsvColumnMapping BacktraderDaily { get; } = new()
    {
        TimestampColumn = "Date",
        TimestampFormats = ["yyyy-MM-dd"],
        TimeZone = "UTC",
        DailyBarEnd = new TimeOnly(23, 59, 59),
        BarPeriod = TimeSpan.FromDays(1),
    };

    /// <summary>
    /// backtrader's intraday files: <c>Date,Time,Open,High,Low,Close,Volume,OpenInterest</c>, the time being
    /// the bar's end. The files carry no zone, so UTC is assumed unless <see cref="TimeZone"/> is changed.
    /// </summary>
    /// <param name="barPeriod">Length of one bar (e.g. five minutes).</param>
    public static CsvColumnMapping BacktraderIntraday(TimeSpan barPeriod) => new()
    {
        TimestampColumn = "Date",
        TimeColumn = "Time",
        TimestampFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"],
        TimeZone = "UTC",
        BarPeriod = barPeriod,
    };

    /// <summary>Column holding the timestamp (or only its date when <see cref="TimeColumn"/> is set).</summary>
    public string TimestampColumn { get; init; } = "Date";

    /// <summary>Optional separate time-of-day column; its text is appended to the date after one space.</summary>
    public string? TimeColumn { get; init; }

    /// <summary>
    /// Exact .NET formats tried in order (e.g. <c>yyyy-MM-dd</c>, <c>yyyy-MM-dd HH:mm:ss</c>), or the single
    /// value <see cref="UnixSeconds"/> or <see cref="UnixMilliseconds"/>. A text that carries its own UTC
    /// offset (format specifiers <c>K</c> or <c>zzz</c>) is converted with that offset, not with <see cref="TimeZone"/>.
    /// </summary>
    public IReadOnlyList<string> TimestampFormats { get; init; } = ["yyyy-MM-dd HH:mm:ss"];

    /// <summary>IANA id of the zone the timestamps are written in (e.g. <c>America/New_York</c>, <c>UTC</c>).</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>Whether timestamps mark the start or the end of each bar. Ignored for date-only daily data.</summary>
    public TimestampPosition TimestampMarks { get; init; } = TimestampPosition.BarEnd;

    /// <summary>Nominal length of one bar; a start-stamped bar ends this long after its timestamp.</summary>
    public TimeSpan BarPeriod { get; init; } = TimeSpan.FromDays(1);

    /// <summary>
    /// For date-only daily data: the local time of day each bar ends (the session close, 16:00 for US equities).
    /// When set, timestamps must be dates without a time of day. Null for data whose timestamps carry the time.
    /// </summary>
    public TimeOnly? DailyBarEnd { get; init; }

    /// <summary>Column holding the open price.</summary>
    public string OpenColumn { get; init; } = "Open";

    /// <summary>Column holding the high price.</summary>
    public string HighColumn { get; init; } = "High";

    /// <summary>Column holding the low price.</summary>
    public string LowColumn { get; init; } = "Low";

    /// <summary>Column holding the close price.</summary>
    public string CloseColumn { get; init; } = "Close";

    /// <summary>Column holding the volume, or null when the file has none (volume is then zero).</summary>
    public string? VolumeColumn { get; init; } = "Volume";

    /// <summary>Field separator.</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>Whether line 1 is a header row.</summary>
    public bool HasHeader { get; init; } = true;

    /// <summary>
    /// The column names in file order, for files without a header or with a wrong one. When set, the header
    /// line (if <see cref="HasHeader"/>) is skipped unread and these names define the layout.
    /// </summary>
    public IReadOnlyList<string>? ColumnNames { get; init; }

    /// <summary>True when timestamps are Unix epoch numbers rather than formatted text.</summary>
    public bool IsUnixTime =>
        TimestampFormats.Count == 1 && (TimestampFormats[0] == UnixSeconds || TimestampFormats[0] == UnixMilliseconds);

    /// <summary>Checks that the mapping is self-consistent and its time zone exists.</summary>
    /// <returns>The time zone, resolved once so readers do not look it up per file.</returns>
    /// <exception cref="ArgumentException">The mapping contradicts itself or names an unknown zone.</exception>
    public TimeZoneInfo Validate()
    {
        Require(!string.IsNullOrWhiteSpace(TimestampColumn), "TimestampColumn is empty.");
        Require(TimestampFormats is { Count: > 0 }, "TimestampFormats is empty.");
        bool mentionsUnix = TimestampFormats.Any(f => f is UnixSeconds or UnixMilliseconds);
        Require(!mentionsUnix || IsUnixTime, $"'{UnixSeconds}' or '{UnixMilliseconds}' must be the only timestamp format.");
        Require(!(IsUnixTime && TimeColumn is not null), "Unix timestamps cannot be combined with a TimeColumn.");
        Require(!(IsUnixTime && DailyBarEnd is not null), "Unix timestamps are instants; DailyBarEnd does not apply.");
        Require(!(TimeColumn is not null && DailyBarEnd is not null), "A TimeColumn and DailyBarEnd exclude each other.");
        Require(BarPeriod > TimeSpan.Zero, "BarPeriod must be positive.");
        Require(Delimiter is not ('"' or '\r' or '\n'), $"Delimiter '{Delimiter}' is not usable.");
        Require(HasHeader || ColumnNames is not null, "A file without a header needs ColumnNames.");
        foreach (string? column in new[] { OpenColumn, HighColumn, LowColumn, CloseColumn })
            Require(!string.IsNullOrWhiteSpace(column), "Price column names must not be empty.");
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ArgumentException($"Unknown time zone '{TimeZone}' (expected an IANA id such as America/New_York).", e);
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition) throw new ArgumentException("Invalid CSV column mapping: " + message);
    }
}
