namespace OmniAlpha.Indicators;

/// <summary>TA-Lib's moving-average types, with TA-Lib's integer codes (the <c>matype</c> parameters).</summary>
public enum MovingAverageType
{
    /// <summary>Simple moving average.</summary>
    Sma = 0,
    /// <summary>Exponential moving average.</summary>
    Ema = 1,
    /// <summary>Weighted (linear) moving average.</summary>
    Wma = 2,
    /// <summary>Double exponential moving average.</summary>
    Dema = 3,
    /// <summary>Triple exponential moving average.</summary>
    Tema = 4,
    /// <summary>Triangular moving average.</summary>
    Trima = 5,
    /// <summary>Kaufman adaptive moving average.</summary>
    Kama = 6,
    /// <summary>MESA adaptive moving average (its period is ignored, as in TA-Lib).</summary>
    Mama = 7,
    /// <summary>Tillson T3 (volume factor 0.7, as in TA-Lib's MA function).</summary>
    T3 = 8,
}
