namespace OmniAlpha.Indicators;

/// <summary>
/// A moving average over one input: the input itself, ready from the first input (lookback 0). TA-Lib's <c>MA</c>
/// returns this for a period of 1 whatever the type; <see cref="MovingAverages.Create"/> does the same.
/// </summary>
public sealed class IdentityMovingAverage : ISeriesIndicator
{
    /// <summary>Creates the identity average.</summary>
    public IdentityMovingAverage() => Value = double.NaN;

    /// <inheritdoc />
    public int Lookback => 0;

    /// <inheritdoc />
    public bool IsReady => Samples > 0;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <inheritdoc />
    public double Update(double input)
    {
        Samples++;
        Value = input;
        return input;
    }

    /// <inheritdoc />
    public void Reset()
    {
        Samples = 0;
        Value = double.NaN;
    }
}
