namespace OmniAlpha.Indicators;

/// <summary>An indicator of whole bars (TA-Lib's price inputs), e.g. ATR, STOCH or a candlestick pattern.</summary>
public interface IBarIndicator : IIndicator
{
    /// <summary>Feeds the next bar and returns the new value (NaN while not ready). Inputs an indicator does not use are ignored.</summary>
    double Update(double open, double high, double low, double close, double volume);
}
