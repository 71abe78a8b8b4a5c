namespace OmniAlpha.Indicators;

/// <summary>
/// Wilder's smoothed directional movement and true range exactly as TA-Lib's ADX family computes them. Bar 1 only sets
/// the previous high, low and close; bars 2..n add the raw +DM, −DM and true range (the seed is a sum over n − 1
/// bars); from bar n + 1 each sum becomes sum − sum / n + today's value. +DM counts when the high's rise is positive and
/// larger than the low's fall, −DM when the fall is positive and larger than the rise. A mutable struct: keep it in a field.
/// </summary>
internal struct WilderDirectionalMovement
{
    private readonly int _period;
    private double _previousHigh;
    private double _previousLow;
    private double _previousClose;

    /// <summary>Smoothing over <paramref name="period"/> bars.</summary>
    public WilderDirectionalMovement(int period) => _period = period;

    /// <summary>Bars seen.</summary>
    public int Bars { get; private set; }

    /// <summary>Smoothed plus directional movement (a sum, not an average, as in TA-Lib).</summary>
    public double PlusDM { get; private set; }

    /// <summary>Smoothed minus directional movement.</summary>
    public double MinusDM { get; private set; }

    /// <summary>Smoothed true range.</summary>
    public double TrueRange { get; private set; }

    /// <summary>True once the smoothing has started (bar n + 1 onwards): the DI lines are defined.</summary>
    public readonly bool IsSmoothing => Bars > _period;

    /// <summary>Feeds the next bar.</summary>
    public void Update(double high, double low, double close)
    {
        Bars++;
        if (Bars > 1)
        {
            double plusDelta = high - _previousHigh;
            double minusDelta = _previousLow - low;
            double trueRange = TaLibArithmetic.TrueRange(high, low, _previousClose);
            if (Bars <= _period)
            {
                if (minusDelta > 0 && plusDelta < minusDelta) MinusDM += minusDelta;
                else if (plusDelta > 0 && plusDelta > minusDelta) PlusDM += plusDelta;
                TrueRange += trueRange;
            }
            else
            {
                double minus = MinusDM - MinusDM / _period;
                double plus = PlusDM - PlusDM / _period;
                if (minusDelta > 0 && plusDelta < minusDelta) minus += minusDelta;
                else if (plusDelta > 0 && plusDelta > minusDelta) plus += plusDelta;
                MinusDM = minus;
                PlusDM = plus;
                TrueRange = TrueRange - TrueRange / _period + trueRange;
            }
        }
        _previousHigh = high;
        _previousLow = low;
        _previousClose = close;
    }

    /// <summary>
    /// TA-Lib's directional movement index of the current sums, 100 × |−DI − +DI| / (−DI + +DI); false when the true
    /// range or the DI sum is zero (TA-Lib then keeps the previous value).
    /// </summary>
    public readonly bool TryDirectionalIndex(out double dx)
    {
        dx = 0;
        if (TaLibArithmetic.IsZero(TrueRange)) return false;
        double minusDI = 100.0 * (MinusDM / TrueRange);
        double plusDI = 100.0 * (PlusDM / TrueRange);
        double sum = minusDI + plusDI;
        if (TaLibArithmetic.IsZero(sum)) return false;
        dx = 100.0 * (Math.Abs(minusDI - plusDI) / sum);
        return true;
    }

    /// <summary>Forgets all bars.</summary>
    public void Reset()
    {
        Bars = 0;
        PlusDM = MinusDM = TrueRange = 0;
        _previousHigh = _previousLow = _previousClose = 0;
    }
}
