using System.Globalization;

namespace OmniAlpha.Indicators.Tests.Reference;

/// <summary>
/// The output of TA-Lib itself (<c>talib-reference.csv</c>, made by <c>generate-talib-reference.js</c>) over a
/// 400-close random walk with a flat stretch: SMA(20), EMA(20) and RSI(14). NaN marks "not ready".
/// </summary>
internal sealed class TaLibReference
{
    private TaLibReference(double[] closes, double[] sma20, double[] ema20, double[] rsi14)
    {
        Closes = closes;
        Sma20 = sma20;
        Ema20 = ema20;
        Rsi14 = rsi14;
    }

    public static TaLibReference Instance { get; } = Load(Path.Combine(AppContext.BaseDirectory, "Reference", "talib-reference.csv"));

    public double[] Closes { get; }
    public double[] Sma20 { get; }
    public double[] Ema20 { get; }
    public double[] Rsi14 { get; }

    private static TaLibReference Load(string path)
    {
        var rows = File.ReadLines(path)
            .Where(line => !line.StartsWith('#'))
            .Skip(1) // header
            .Select(line => line.Split(','))
            .ToArray();
        return new TaLibReference(Column(rows, 0), Column(rows, 1), Column(rows, 2), Column(rows, 3));
    }

    private static double[] Column(string[][] rows, int index) =>
        rows.Select(r => r[index].Length == 0 ? double.NaN : double.Parse(r[index], CultureInfo.InvariantCulture)).ToArray();
}
