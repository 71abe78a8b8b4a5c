namespace OmniAlpha.Indicators;

/// <summary>An indicator of one series of values (TA-Lib's <c>inReal</c>), e.g. closes or another indicator's output.</summary>
public interface ISeriesIndicator : IIndicator
{
    /// <summary>Feeds the next input and returns the new value (NaN while not ready).</summary>
    double Update(double input);
}
