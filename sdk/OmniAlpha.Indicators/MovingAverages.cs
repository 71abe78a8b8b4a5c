namespace OmniAlpha.Indicators;

/// <summary>Creates TA-Lib's moving averages by <see cref="MovingAverageType"/> code (the <c>matype</c> parameters).</summary>
public static class MovingAverages
{
    /// <summary>
    /// A streaming moving average of <paramref name="type"/> over <paramref name="period"/> inputs, as TA-Lib's <c>MA</c>:
    /// a period of 1 is the input itself for every type (<see cref="IdentityMovingAverage"/>); MAMA ignores the period
    /// (fast limit 0.5, slow limit 0.05); T3 uses a volume factor of 0.7.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Unknown type or a period below 1.</exception>
    public static ISeriesIndicator Create(MovingAverageType type, int period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        if (type is < MovingAverageType.Sma or > MovingAverageType.T3)
            throw new ArgumentOutOfRangeException(nameof(type), type, $"Unknown moving average type {(int)type}: TA-Lib's codes are 0 (SMA) to 8 (T3).");
        if (period == 1) return new IdentityMovingAverage();
        return type switch
        {
            MovingAverageType.Sma => new SimpleMovingAverage(period),
            MovingAverageType.Ema => new ExponentialMovingAverage(period),
            MovingAverageType.Wma => new WeightedMovingAverage(period),
            MovingAverageType.Dema => new DoubleExponentialMovingAverage(period),
            MovingAverageType.Tema => new TripleExponentialMovingAverage(period),
            MovingAverageType.Trima => new TriangularMovingAverage(period),
            MovingAverageType.Kama => new KaufmanAdaptiveMovingAverage(period),
            MovingAverageType.T3 => new T3MovingAverage(period, 0.7),
            MovingAverageType.Mama => new MesaAdaptiveMovingAverage(),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, $"Moving average type {(int)type} ({type}) is not available."),
        };
    }
}
