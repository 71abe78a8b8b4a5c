using System.Globalization;
using System.Text;
using OmniAlpha.Host.Tests.Support;
using OmniAlpha.Indicators.Catalog;

namespace OmniAlpha.Host.Tests.Cli;

/// <summary>
/// <c>omnialpha indicators</c> against TA-Lib's own output for every catalog function that has a golden file
/// (<c>tests/OmniAlpha.Indicators.Tests/Reference/talib/NAME[_n].csv</c>, run over <c>ohlcv.csv</c>): the command gets the
/// file's TA-Lib parameters by their TA-Lib names, its default input columns must be TA-Lib's, its header must be
/// <c>date,</c> plus TA-Lib's output names, and every value must match within 1e-6 relative, empty exactly where TA-Lib has none.
/// Functions join this test as they join the catalog.
/// </summary>
public sealed class IndicatorsGoldenTests : IDisposable
{
    private static readonly string Folder = Path.Combine(OmniAlphaProcess.RepositoryRoot, "tests", "OmniAlpha.Indicators.Tests", "Reference", "talib");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Golden files of functions in the catalog.</summary>
    public static TheoryData<string> GoldenFiles()
    {
        var files = new TheoryData<string>();
        foreach (string path in Directory.EnumerateFiles(Folder, "*.csv").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(path);
            if (name != "ohlcv.csv" && IndicatorCatalog.Find(Comment(path)[3]) is not null) files.Add(name);
        }
        return files;
    }

    [Theory]
    [MemberData(nameof(GoldenFiles))]
    public void Output_equals_talib(string file)
    {
        string path = Path.Combine(Folder, file);
        string[] comment = Comment(path); // "# TA-Lib 1.1.6 NAME k=v;k=v begIndex=N"
        var args = new List<string> { "indicators", comment[3].ToLowerInvariant(), "--data", YahooBars() };
        foreach (string pair in comment.Skip(4).Where(p => !p.StartsWith("begIndex=", StringComparison.Ordinal)).SelectMany(p => p.Split(';', StringSplitOptions.RemoveEmptyEntries)))
            args.AddRange(["--param", pair]);
        string[] golden = [.. File.ReadLines(path).Where(l => !l.StartsWith('#'))];

        var run = InProcessCli.Run([.. args]).ShouldExitWith(0);

        string[] rows = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("date," + golden[0], rows[0]);
        Assert.Equal(golden.Length, rows.Length);
        for (int r = 1; r < golden.Length; r++)
        {
            string[] expected = golden[r].Split(',');
            string[] actual = rows[r].Split(',');
            Assert.Equal(expected.Length + 1, actual.Length);
            for (int c = 0; c < expected.Length; c++)
            {
                string where = $"{file} row {r} {golden[0].Split(',')[c]}";
                if (expected[c].Length == 0)
                {
                    Assert.True(actual[c + 1].Length == 0, $"{where}: TA-Lib has no value, omnialpha wrote {actual[c + 1]}");
                    continue;
                }
                Assert.True(actual[c + 1].Length > 0, $"{where}: TA-Lib has {expected[c]}, omnialpha wrote nothing");
                double e = double.Parse(expected[c], CultureInfo.InvariantCulture), a = double.Parse(actual[c + 1], CultureInfo.InvariantCulture);
                Assert.True(Math.Abs(e - a) <= 1e-6 * Math.Max(1, Math.Abs(e)), $"{where}: TA-Lib {e:R}, omnialpha {a:R}");
            }
        }
    }

    private static string[] Comment(string path) => File.ReadLines(path).First().Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>ohlcv.csv as a Yahoo file with consecutive synthetic dates (Adj Close = Close).</summary>
    private string YahooBars()
    {
        var yahoo = new StringBuilder("Date,Open,High,Low,Close,Adj Close,Volume\n");
        var date = new DateOnly(2000, 1, 3);
        foreach (string line in File.ReadLines(Path.Combine(Folder, "ohlcv.csv")).Where(l => !l.StartsWith('#')).Skip(1))
        {
            string[] f = line.Split(',');
            yahoo.Append(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd},{f[0]},{f[1]},{f[2]},{f[3]},{f[3]},{f[4]}\n");
            date = date.AddDays(1);
        }
        return _folder.Write("ohlcv-yahoo.csv", yahoo.ToString());
    }
}
