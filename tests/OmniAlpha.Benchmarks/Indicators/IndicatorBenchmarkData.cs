namespace OmniAlpha.Benchmarks.Indicators;

/// <summary>Ten million synthetic OHLCV points (a random walk), the input of every indicator benchmark.</summary>
internal static class IndicatorBenchmarkData
{
    /// <summary>Points per series.</summary>
    public const int Points = 10_000_000;

    /// <summary>Builds the five columns of a reproducible random walk with consistent open/high/low/close.</summary>
    public static (double[] Open, double[] High, double[] Low, double[] Close, double[] Volume) Generate(int seed = 7)
    {
        var random = new Random(seed);
        var open = new double[Points];
        var high = new double[Points];
        var low = new double[Points];
        var close = new double[Points];
        var volume = new double[Points];
        double price = 100;
        for (int i = 0; i < Points; i++)
        {
            double next = Math.Max(1, price * (1 + (random.NextDouble() - 0.5) * 0.02));
            open[i] = price;
            close[i] = next;
            high[i] = Math.Max(price, next) * (1 + random.NextDouble() * 0.005);
            low[i] = Math.Min(price, next) * (1 - random.NextDouble() * 0.005);
            volume[i] = 1000 + random.Next(100_000);
            price = next;
        }
        return (open, high, low, close, volume);
    }
}
