namespace OmniAlpha.Indicators.Tests;

/// <summary>Deterministic input series for property tests.</summary>
internal static class PriceSeries
{
    /// <summary>A random walk of <paramref name="count"/> positive prices in cents, reproducible from <paramref name="seed"/>.</summary>
    public static double[] RandomWalk(int seed, int count)
    {
        var random = new Random(seed);
        var prices = new double[count];
        double price = 100;
        for (int i = 0; i < count; i++)
        {
            price = Math.Max(0.01, price * (1 + (random.NextDouble() - 0.5) * 0.05));
            prices[i] = Math.Round(price, 2);
        }
        return prices;
    }

    /// <summary>Seeds used by property tests.</summary>
    public static TheoryData<int> Seeds => [1, 2, 3, 42, 2024];
}
