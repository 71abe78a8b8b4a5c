namespace OmniAlpha.Indicators;

public static partial class Ta
{
    /// <summary>True range of each bar (NaN for the first); equals <see cref="TrueRange"/>.</summary>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void TRange(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        FeedBars(new TrueRange(), SameLength(high, low, close), default, high, low, close, default, output);

    /// <summary>ATR(<paramref name="period"/>) with Wilder's smoothing; equals <see cref="AverageTrueRange"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void Atr(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, int period, Span<double> output)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        int length = SameLength(high, low, close);
        RequireOutput(length, output.Length);
        if (length == 0) return;
        // The streaming ATR's arithmetic, step for step, in three tight loops (seed sum, seed mean, Wilder smoothing).
        output[0] = double.NaN;
        double average = 0;
        int seedEnd = Math.Min(period, length);
        for (int i = 1; i < seedEnd; i++)
        {
            average += TrueRange.Of(high[i], low[i], close[i - 1]);
            output[i] = double.NaN;
        }
        if (period >= length) return;
        double range = TrueRange.Of(high[period], low[period], close[period - 1]);
        if (period == 1)
        {
            output[1] = range;
            for (int i = 2; i < length; i++) output[i] = TrueRange.Of(high[i], low[i], close[i - 1]);
            return;
        }
        average += range;
        average /= period;
        output[period] = average;
        double previous = period - 1;
        for (int i = period + 1; i < length; i++)
        {
            average *= previous;
            average += TrueRange.Of(high[i], low[i], close[i - 1]);
            average /= period;
            output[i] = average;
        }
    }

    /// <summary>NATR(<paramref name="period"/>), the ATR as a percentage of the close; equals <see cref="NormalizedAverageTrueRange"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void Natr(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, int period, Span<double> output) =>
        FeedBars(new NormalizedAverageTrueRange(period), SameLength(high, low, close), default, high, low, close, default, output);

    /// <summary>STDDEV(<paramref name="period"/>) x <paramref name="deviations"/> of <paramref name="input"/>; equals <see cref="StandardDeviation"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2 or <paramref name="deviations"/> is not finite.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void StdDev(ReadOnlySpan<double> input, int period, double deviations, Span<double> output) =>
        Run(new StandardDeviation(period, deviations), input, output);

    /// <summary>VAR(<paramref name="period"/>), the population variance of <paramref name="input"/>; equals <see cref="Variance"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void Var(ReadOnlySpan<double> input, int period, Span<double> output) =>
        Run(new Variance(period), input, output);
}
