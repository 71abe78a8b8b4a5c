namespace OmniAlpha.Indicators.Tests.Momentum;

/// <summary>Consistent random OHLCV bars (low ≤ open, close ≤ high) for property tests, reproducible from a seed.</summary>
internal sealed class RandomBars
{
    private RandomBars(int count)
    {
        Open = new double[count];
        High = new double[count];
        Low = new double[count];
        Close = new double[count];
        Volume = new double[count];
    }

    public double[] Open { get; }
    public double[] High { get; }
    public double[] Low { get; }
    public double[] Close { get; }
    public double[] Volume { get; }
    public int Count => Close.Length;

    /// <summary><paramref name="count"/> bars around a random walk of closes (<see cref="PriceSeries.RandomWalk"/>).</summary>
    public static RandomBars Generate(int seed, int count)
    {
        var bars = new RandomBars(count);
        double[] closes = PriceSeries.RandomWalk(seed, count + 1);
        var random = new Random(seed * 7919 + 1);
        for (int i = 0; i < count; i++)
        {
            double open = closes[i], close = closes[i + 1];
            bars.Open[i] = open;
            bars.Close[i] = close;
            bars.High[i] = Math.Round(Math.Max(open, close) * (1 + random.NextDouble() * 0.01), 2);
            bars.Low[i] = Math.Round(Math.Min(open, close) * (1 - random.NextDouble() * 0.01), 2);
            bars.Volume[i] = random.Next(0, 1_000_000);
        }
        return bars;
    }
}
