using System.Globalization;
using System.IO.Compression;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Tests.Shared;

namespace OmniAlpha.Sdk.Tests.Market.Consolidation;

/// <summary>
/// Reads LEAN's US-equity sample files in ../shared/data/lean (see its README): prices x 10,000, New York time, bars
/// stamped with their start. Bars come back stamped with their end in UTC, as the SDK wants; daily bars end at the 16:00 close.
/// </summary>
internal static class LeanEquityData
{
    public static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    public static Instrument Spy { get; } = Instrument.UsEquity(new Symbol("SPY"));

    /// <summary>Minute trade bars of one day, extended hours included (04:00-20:00).</summary>
    public static Bar[] MinuteBars(string symbol, string yyyymmdd)
    {
        DateTime day = DateTime.ParseExact(yyyymmdd, "yyyyMMdd", CultureInfo.InvariantCulture);
        return [.. Lines($"equity/usa/minute/{symbol}/{yyyymmdd}_trade.zip").Select(line =>
        {
            string[] f = line.Split(',');
            DateTime startLocal = day.AddMilliseconds(long.Parse(f[0], CultureInfo.InvariantCulture));
            return ToBar(symbol, Utc(startLocal.AddMinutes(1)), f);
        })];
    }

    /// <summary>Hour trade bars 1998-2021 (LEAN stamps the first one of a day 09:00; it covers 09:30-10:00).</summary>
    public static Bar[] HourBars(string symbol) =>
        [.. Lines($"equity/usa/hour/{symbol}.zip").Select(line =>
        {
            string[] f = line.Split(',');
            DateTime startLocal = DateTime.ParseExact(f[0], "yyyyMMdd HH:mm", CultureInfo.InvariantCulture);
            return ToBar(symbol, Utc(startLocal.AddHours(1)), f);
        })];

    /// <summary>Daily trade bars 1998-2021, each ending at the 16:00 New York close.</summary>
    public static Bar[] DailyBars(string symbol) =>
        [.. Lines($"equity/usa/daily/{symbol}.zip").Select(line =>
        {
            string[] f = line.Split(',');
            DateTime date = DateTime.ParseExact(f[0], "yyyyMMdd HH:mm", CultureInfo.InvariantCulture).Date;
            return ToBar(symbol, Utc(date.AddHours(16)), f);
        })];

    /// <summary>Trade ticks of one day (extended hours included), suspicious ones left out as LEAN does.</summary>
    public static TradeTick[] TradeTicks(string symbol, string yyyymmdd)
    {
        DateTime day = DateTime.ParseExact(yyyymmdd, "yyyyMMdd", CultureInfo.InvariantCulture);
        var ticker = new Symbol(symbol.ToUpperInvariant());
        return [.. Lines($"equity/usa/tick/{symbol}/{yyyymmdd}_trade.zip")
            .Select(line => line.Split(','))
            .Where(f => f[5] == "0")
            .Select(f => new TradeTick(ticker, Utc(day.AddMilliseconds(long.Parse(f[0], CultureInfo.InvariantCulture))),
                Price(f[1]), decimal.Parse(f[2], CultureInfo.InvariantCulture)))];
    }

    /// <summary>New York local time to UTC.</summary>
    public static DateTime Utc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), NewYork);

    /// <summary>UTC to New York local time.</summary>
    public static DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, NewYork);

    private static Bar ToBar(string symbol, DateTime endUtc, string[] f) =>
        new(new Symbol(symbol.ToUpperInvariant()), endUtc, Price(f[1]), Price(f[2]), Price(f[3]), Price(f[4]),
            decimal.Parse(f[5], CultureInfo.InvariantCulture));

    private static decimal Price(string scaled) => decimal.Parse(scaled, CultureInfo.InvariantCulture) / 10_000m;

    private static IEnumerable<string> Lines(string relativePath)
    {
        string path = SharedData.Require(Path.Combine("lean", relativePath));
        using var zip = ZipFile.OpenRead(path);
        using var reader = new StreamReader(zip.Entries[0].Open());
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0) lines.Add(line);
        }
        return lines;
    }
}
