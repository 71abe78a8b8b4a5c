using System.Globalization;
using System.Text;

namespace OmniAlpha.Host.Tests.Support;

/// <summary>Small Yahoo-format price files: a header and <c>count</c> weekday rows starting 2020-01-02.</summary>
internal static class PriceCsv
{
    public const string Header = "Date,Open,High,Low,Close,Adj Close,Volume";

    /// <summary>The file's lines (line 1 is the header), a zigzag so moving averages cross.</summary>
    public static List<string> Lines(int count)
    {
        var lines = new List<string> { Header };
        var day = new DateOnly(2020, 1, 2);
        for (int i = 0; i < count; i++)
        {
            while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(1);
            decimal close = 100m + (i % 10 < 5 ? i % 10 : 10 - i % 10) * 2m;
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{day:yyyy-MM-dd},{close - 0.5m},{close + 1m},{close - 1m},{close},{close},{10000 + i}"));
            day = day.AddDays(1);
        }
        return lines;
    }

    /// <summary><paramref name="line"/> with field <paramref name="index"/> (0 = Date) replaced.</summary>
    public static string WithField(string line, int index, string value)
    {
        var fields = line.Split(',');
        fields[index] = value;
        return string.Join(',', fields);
    }

    public static string Text(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines) text.Append(line).Append('\n');
        return text.ToString();
    }
}
