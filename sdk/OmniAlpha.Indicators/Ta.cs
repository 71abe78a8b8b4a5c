namespace OmniAlpha.Indicators;

/// <summary>
/// Batch indicator functions for research and vectorized runs: each fills an output span as long as its input,
/// NaN where the indicator has no value yet, and gives exactly the values of the streaming indicator of the same
/// name. Each group of functions lives in its own part of this class.
/// </summary>
public static partial class Ta
{
    /// <summary>Checks that every output span can hold one value per input.</summary>
    /// <exception cref="ArgumentException">An output is shorter than the input.</exception>
    internal static void RequireOutput(int inputLength, int outputLength, string name = "output")
    {
        if (outputLength < inputLength)
            throw new ArgumentException($"The output span holds {outputLength} values but the input has {inputLength}.", name);
    }

    /// <summary>Checks that paired inputs have the same length.</summary>
    internal static void RequireSameLength(int first, int second, string name)
    {
        if (first != second) throw new ArgumentException($"Inputs differ in length ({first} and {second}).", name);
    }

    /// <summary>Feeds a streaming indicator over <paramref name="input"/>: the reference implementation batch functions must equal.</summary>
    internal static void Run<T>(T indicator, ReadOnlySpan<double> input, Span<double> output) where T : ISeriesIndicator
    {
        RequireOutput(input.Length, output.Length);
        for (int i = 0; i < input.Length; i++) output[i] = indicator.Update(input[i]);
    }
}
