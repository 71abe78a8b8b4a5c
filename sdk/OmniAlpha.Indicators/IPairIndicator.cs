namespace OmniAlpha.Indicators;

/// <summary>An indicator of two aligned series (TA-Lib's <c>inReal0</c>, <c>inReal1</c>), e.g. CORREL or BETA.</summary>
public interface IPairIndicator : IIndicator
{
    /// <summary>Feeds the next pair of values and returns the new value (NaN while not ready).</summary>
    double Update(double input0, double input1);
}
