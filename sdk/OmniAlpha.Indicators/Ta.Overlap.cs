namespace OmniAlpha.Indicators;

public static partial class Ta
{
    /// <summary>SMA(<paramref name="period"/>) of <paramref name="input"/>; equals <see cref="SimpleMovingAverage"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void Sma(ReadOnlySpan<double> input, int period, Span<double> output)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        RequireOutput(input.Length, output.Length);
        // Same running-sum arithmetic as the streaming SMA (add the new input minus the one leaving), so values are identical.
        double sum = 0;
        int warm = Math.Min(period - 1, input.Length);
        for (int i = 0; i < warm; i++)
        {
            sum += input[i];
            output[i] = double.NaN;
        }
        for (int i = warm; i < input.Length; i++)
        {
            sum += input[i] - (i >= period ? input[i - period] : 0.0);
            output[i] = sum / period;
        }
    }

    /// <summary>EMA(<paramref name="period"/>) of <paramref name="input"/> seeded with the SMA of the first inputs; equals <see cref="ExponentialMovingAverage"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void Ema(ReadOnlySpan<double> input, int period, Span<double> output)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        RequireOutput(input.Length, output.Length);
        double alpha = 2.0 / (period + 1);
        double seed = 0;
        int warm = Math.Min(period - 1, input.Length);
        for (int i = 0; i < warm; i++)
        {
            seed += input[i];
            output[i] = double.NaN;
        }
        if (warm == input.Length) return;
        double value = (seed + input[warm]) / period;
        output[warm] = value;
        for (int i = warm + 1; i < input.Length; i++)
        {
            value += alpha * (input[i] - value);
            output[i] = value;
        }
    }
}
