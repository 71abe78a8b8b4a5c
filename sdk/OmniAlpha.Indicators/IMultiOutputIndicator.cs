namespace OmniAlpha.Indicators;

/// <summary>
/// An indicator with several outputs (MACD's macd/macdsignal/macdhist, BBANDS' bands). Each output is also a named
/// property on the concrete type; this interface gives generic access by index for tools and JavaScript strategies.
/// </summary>
public interface IMultiOutputIndicator : IIndicator
{
    /// <summary>TA-Lib's lowercase output names, in TA-Lib's order; <see cref="IIndicator.Value"/> is output 0.</summary>
    IReadOnlyList<string> OutputNames { get; }

    /// <summary>Latest value of output <paramref name="index"/>; NaN while not ready.</summary>
    double GetOutput(int index);
}
