namespace OmniAlpha.Indicators;

public static partial class Ta
{
    /// <summary>
    /// Feeds a bar indicator over <paramref name="length"/> bars of aligned columns (checked by the caller; an empty span
    /// stands for a column the indicator does not use and is passed as NaN): the reference implementation bar batch
    /// functions equal.
    /// </summary>
    internal static void FeedBars<T>(T indicator, int length, ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low,
        ReadOnlySpan<double> close, ReadOnlySpan<double> volume, Span<double> output) where T : IBarIndicator
    {
        RequireOutput(length, output.Length);
        for (int i = 0; i < length; i++)
        {
            output[i] = indicator.Update(
                open.IsEmpty ? double.NaN : open[i],
                high.IsEmpty ? double.NaN : high[i],
                low.IsEmpty ? double.NaN : low[i],
                close.IsEmpty ? double.NaN : close[i],
                volume.IsEmpty ? double.NaN : volume[i]);
        }
    }

    /// <summary>Feeds a pair indicator over two aligned series.</summary>
    internal static void FeedPairs<T>(T indicator, ReadOnlySpan<double> input0, ReadOnlySpan<double> input1, Span<double> output) where T : IPairIndicator
    {
        RequireSameLength(input0.Length, input1.Length, nameof(input1));
        RequireOutput(input0.Length, output.Length);
        for (int i = 0; i < input0.Length; i++) output[i] = indicator.Update(input0[i], input1[i]);
    }

    /// <summary>The length of two aligned inputs.</summary>
    /// <exception cref="ArgumentException">They differ in length.</exception>
    internal static int SameLength(ReadOnlySpan<double> first, ReadOnlySpan<double> second, string secondName)
    {
        RequireSameLength(first.Length, second.Length, secondName);
        return first.Length;
    }

    /// <summary>The length of three aligned inputs (high, low, close).</summary>
    /// <exception cref="ArgumentException">They differ in length.</exception>
    internal static int SameLength(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close)
    {
        RequireSameLength(high.Length, low.Length, "low");
        RequireSameLength(high.Length, close.Length, "close");
        return high.Length;
    }
}
