using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Plugins.Simulated.Tests.Support;

/// <summary>
/// Hand-made bars in January 2024 (New York is UTC-5 then): daily bars stamped 21:00 UTC = 16:00 New York, and
/// minute bars stamped with their New York end time.
/// </summary>
public static class TestBars
{
    public static readonly Symbol Aapl = "AAPL";

    /// <summary>End of the daily session of 2024-01-<paramref name="day"/>: 21:00 UTC.</summary>
    public static DateTime Close(int day) => new(2024, 1, day, 21, 0, 0, DateTimeKind.Utc);

    /// <summary>UTC time of a New York wall-clock time on 2024-01-<paramref name="day"/>.</summary>
    public static DateTime NewYork(int day, int hour, int minute) => new DateTime(2024, 1, day, hour, minute, 0, DateTimeKind.Utc).AddHours(5);

    public static Bar Daily(int day, decimal open, decimal high, decimal low, decimal close, decimal volume = 1_000_000m) =>
        new(Aapl, Close(day), open, high, low, close, volume);

    public static Bar Minute(int day, int hour, int minute, decimal open, decimal high, decimal low, decimal close, decimal volume = 10_000m) =>
        new(Aapl, NewYork(day, hour, minute), open, high, low, close, volume);

    /// <summary>A flat bar at <paramref name="price"/>.</summary>
    public static Bar FlatDaily(int day, decimal price, decimal volume = 1_000_000m) => Daily(day, price, price, price, price, volume);
}
