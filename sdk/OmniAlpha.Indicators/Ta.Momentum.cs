namespace OmniAlpha.Indicators;

public static partial class Ta
{
    /// <summary>RSI(<paramref name="period"/>) of <paramref name="input"/> with Wilder's smoothing; equals <see cref="RelativeStrengthIndex"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void Rsi(ReadOnlySpan<double> input, int period, Span<double> output) =>
        Run(new RelativeStrengthIndex(period), input, output);
}
