using System.Globalization;
using OmniAlpha.Tests.Shared;

namespace OmniAlpha.Indicators.Tests.Reference;

/// <summary>
/// Real daily bars: Oracle 1995-2014 (5,036 days) from <c>../shared/data/backtrader/orcl-1995-2014.txt</c>. Skips
/// the calling test when the shared data folder is absent (see <see cref="SharedData"/>).
/// </summary>
internal sealed class OracleDailyBars
{
    private static readonly Lazy<OracleDailyBars> Loaded = new(() => new OracleDailyBars(SharedData.Require("backtrader/orcl-1995-2014.txt")));

    private OracleDailyBars(string path)
    {
        var rows = File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();
        double Field(string[] row, int i) => double.Parse(row[i], CultureInfo.InvariantCulture);
        Open = rows.Select(r => Field(r, 1)).ToArray();
        High = rows.Select(r => Field(r, 2)).ToArray();
        Low = rows.Select(r => Field(r, 3)).ToArray();
        Close = rows.Select(r => Field(r, 4)).ToArray();
        Volume = rows.Select(r => Field(r, 6)).ToArray();
    }

    /// <summary>The bars; skips the test when the data is absent.</summary>
    public static OracleDailyBars Instance
    {
        get
        {
            SharedData.Require("backtrader/orcl-1995-2014.txt");
            return Loaded.Value;
        }
    }

    public double[] Open { get; }
    public double[] High { get; }
    public double[] Low { get; }
    public double[] Close { get; }
    public double[] Volume { get; }
}
