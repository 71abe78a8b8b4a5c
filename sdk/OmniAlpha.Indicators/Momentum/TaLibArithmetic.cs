namespace OmniAlpha.Indicators;

/// <summary>Small numeric rules TA-Lib applies inside its functions, shared so every indicator uses them identically.</summary>
internal static class TaLibArithmetic
{
    /// <summary>TA-Lib's <c>TA_EPSILON</c>: magnitudes below it count as zero in its divisions.</summary>
    public const double Epsilon = 0.00000000000001;

    /// <summary>TA-Lib's <c>TA_IS_ZERO</c>: true when |<paramref name="value"/>| is below <see cref="Epsilon"/>.</summary>
    public static bool IsZero(double value) => -Epsilon < value && value < Epsilon;

    /// <summary>TA-Lib's <c>TA_IS_ZERO_OR_NEG</c>: true when <paramref name="value"/> is below <see cref="Epsilon"/>.</summary>
    public static bool IsZeroOrNegative(double value) => value < Epsilon;

    /// <summary>
    /// Wilder's true range as TA-Lib's <c>TRUE_RANGE</c> macro computes it: the largest of high − low,
    /// |high − previous close| and |low − previous close|.
    /// </summary>
    public static double TrueRange(double high, double low, double previousClose)
    {
        double range = high - low;
        double candidate = Math.Abs(high - previousClose);
        if (candidate > range) range = candidate;
        candidate = Math.Abs(low - previousClose);
        if (candidate > range) range = candidate;
        return range;
    }

    /// <summary>TA-Lib's <c>PER_TO_K</c>: the EMA smoothing factor 2 / (period + 1).</summary>
    public static double EmaAlpha(int period) => 2.0 / (period + 1);
}
