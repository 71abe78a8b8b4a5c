using System.Globalization;
using OmniAlpha.Indicators.Catalog;

namespace OmniAlpha.Indicators.Tests.Reference;

/// <summary>
/// One file of TA-Lib's own output (<c>Reference/talib/NAME[_n].csv</c>, made by <c>generate-talib-golden.js</c>) over
/// the shared deterministic bars in <c>ohlcv.csv</c>: the function, the parameters it ran with and each output column
/// (NaN = TA-Lib had no value yet).
/// </summary>
internal sealed class TaLibGolden
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Reference", "talib");
    private static readonly Lazy<double[][]> Bars = new(() => ReadColumns(Path.Combine(Folder, "ohlcv.csv"), out _));

    private TaLibGolden(string function, Dictionary<string, double> parameters, int begIndex, string[] outputs, double[][] columns)
    {
        Function = function;
        Parameters = parameters;
        BegIndex = begIndex;
        OutputNames = outputs;
        Outputs = columns;
    }

    public string Function { get; }
    public IReadOnlyDictionary<string, double> Parameters { get; }

    /// <summary>TA-Lib's begIndex: the index of the first value, i.e. the lookback.</summary>
    public int BegIndex { get; }
    public string[] OutputNames { get; }
    public double[][] Outputs { get; }

    public static double[] Open => Bars.Value[0];
    public static double[] High => Bars.Value[1];
    public static double[] Low => Bars.Value[2];
    public static double[] Close => Bars.Value[3];
    public static double[] Volume => Bars.Value[4];

    /// <summary>Every golden file name (without folder), for theories.</summary>
    public static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Folder, "*.csv").Select(Path.GetFileName).Where(f => f != "ohlcv.csv").Order(StringComparer.Ordinal)!;

    /// <summary>Loads <paramref name="file"/>, e.g. <c>MACD.csv</c> or <c>BBANDS_2.csv</c>, from <paramref name="folder"/> (default: talib/).</summary>
    public static TaLibGolden Load(string file, string? folder = null)
    {
        string path = Path.Combine(folder ?? Folder, file);
        var columns = ReadColumns(path, out string[] header);
        var (function, parameters, begIndex) = ParseComment(File.ReadLines(path).First());
        return new TaLibGolden(function, parameters, begIndex, header, columns);
    }

    /// <summary>Parses a golden file's first line: <c># TA-Lib 1.1.6 NAME k=v;k=v begIndex=N</c>.</summary>
    public static (string Function, Dictionary<string, double> Parameters, int BegIndex) ParseComment(string line)
    {
        string[] comment = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var parameters = new Dictionary<string, double>(StringComparer.Ordinal);
        int begIndex = 0;
        foreach (string part in comment.Skip(4))
        {
            if (part.StartsWith("begIndex=", StringComparison.Ordinal)) { begIndex = int.Parse(part[9..], CultureInfo.InvariantCulture); continue; }
            foreach (string pair in part.Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                string[] kv = pair.Split('=');
                parameters[kv[0]] = double.Parse(kv[1], CultureInfo.InvariantCulture);
            }
        }
        return (comment[3], parameters, begIndex);
    }

    /// <summary>The input column for <paramref name="input"/> as TA-Lib's tools choose it (free series: close; pair: high, low).</summary>
    public static double[] Column(IndicatorInput input, int position, IReadOnlyList<IndicatorInput> all) => input switch
    {
        IndicatorInput.Real => all.Contains(IndicatorInput.Real1) ? High : Close,
        IndicatorInput.Real1 => Low,
        IndicatorInput.Open => Open,
        IndicatorInput.High => High,
        IndicatorInput.Low => Low,
        IndicatorInput.Close => Close,
        IndicatorInput.Volume => Volume,
        _ => throw new ArgumentOutOfRangeException(nameof(input), input, $"input #{position}"),
    };

    /// <summary>Reads a golden CSV into columns (NaN for empty fields), skipping # comments.</summary>
    public static double[][] ReadColumns(string path, out string[] header)
    {
        var lines = File.ReadLines(path).Where(l => !l.StartsWith('#')).ToArray();
        header = lines[0].Split(',');
        var columns = new double[header.Length][];
        for (int c = 0; c < header.Length; c++) columns[c] = new double[lines.Length - 1];
        for (int r = 1; r < lines.Length; r++)
        {
            string[] fields = lines[r].Split(',');
            for (int c = 0; c < header.Length; c++)
                columns[c][r - 1] = fields[c].Length == 0 ? double.NaN : double.Parse(fields[c], CultureInfo.InvariantCulture);
        }
        return columns;
    }
}
