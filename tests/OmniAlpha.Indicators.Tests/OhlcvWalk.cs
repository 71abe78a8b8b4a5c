namespace OmniAlpha.Indicators.Tests;

/// <summary>Reproducible random OHLCV bars (consistent: low &lt;= open, close &lt;= high) for property and equality tests.</summary>
internal sealed class OhlcvWalk
{
    private OhlcvWalk(double[] open, double[] high, double[] low, double[] close, double[] volume)
    {
        Open = open;
        High = high;
        Low = low;
        Close = close;
        Volume = volume;
    }

    public double[] Open { get; }
    public double[] High { get; }
    public double[] Low { get; }
    public double[] Close { get; }
    public double[] Volume { get; }
    public int Count => Close.Length;

    /// <summary><paramref name="count"/> bars of a random walk from 100, reproducible from <paramref name="seed"/>.</summary>
    public static OhlcvWalk Create(int seed, int count)
    {
        var random = new Random(seed);
        double[] open = new double[count], high = new double[count], low = new double[count], close = new double[count], volume = new double[count];
        double last = 100;
        for (int i = 0; i < count; i++)
        {
            double o = Math.Round(last * (1 + (random.NextDouble() - 0.5) * 0.004), 2);
            double c = Math.Round(Math.Max(0.05, o * (1 + (random.NextDouble() - 0.5) * 0.03)), 2);
            open[i] = o;
            close[i] = c;
            high[i] = Math.Round(Math.Max(o, c) * (1 + random.NextDouble() * 0.01), 2);
            low[i] = Math.Round(Math.Min(o, c) * (1 - random.NextDouble() * 0.01), 2);
            volume[i] = Math.Round(1000 + random.NextDouble() * 9000);
            last = c;
        }
        return new OhlcvWalk(open, high, low, close, volume);
    }
}
