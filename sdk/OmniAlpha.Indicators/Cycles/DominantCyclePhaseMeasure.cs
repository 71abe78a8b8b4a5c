namespace OmniAlpha.Indicators;

/// <summary>
/// TA-Lib's dominant cycle phase (shared by HT_DCPHASE, HT_SINE and HT_TRENDMODE): a one-bin discrete Fourier
/// transform of the last int(period + 0.5) smoothed prices at the measured dominant cycle period, turned into a
/// phase in degrees in (-45, 315]. Keeps the last 50 smoothed prices in a ring; the sines and cosines of every
/// possible (period, lag) pair are computed once, so an update costs at most 50 multiply-adds and no allocation.
/// </summary>
internal sealed class DominantCyclePhaseMeasure
{
    /// <summary>Longest period the core reports, and so the most smoothed prices the transform reads.</summary>
    private const int Capacity = 50;

    private static readonly double[] SinTable = BuildTable(Math.Sin);
    private static readonly double[] CosTable = BuildTable(Math.Cos);

    private readonly double[] _smoothedPrices = new double[Capacity];
    private int _newest;

    /// <summary>Latest phase in degrees.</summary>
    public double Phase { get; private set; }

    /// <summary>Records the newest smoothed price and measures the phase at <paramref name="smoothPeriod"/>.</summary>
    public double Update(double smoothedPrice, double smoothPeriod)
    {
        _smoothedPrices[_newest] = smoothedPrice;
        int cycle = (int)(smoothPeriod + 0.5);
        double realPart = 0.0, imagPart = 0.0;
        int row = cycle * Capacity;
        int index = _newest;
        for (int lag = 0; lag < cycle; lag++)
        {
            double price = _smoothedPrices[index];
            realPart += SinTable[row + lag] * price;
            imagPart += CosTable[row + lag] * price;
            index = index == 0 ? Capacity - 1 : index - 1;
        }

        double phase = Phase;
        double magnitude = Math.Abs(imagPart);
        if (magnitude > 0.0) phase = Math.Atan(realPart / imagPart) * HilbertTransformCore.RadiansToDegrees;
        else if (magnitude <= 0.01)
        {
            if (realPart < 0.0) phase -= 90.0;
            else if (realPart > 0.0) phase += 90.0;
        }
        phase += 90.0;
        phase += 360.0 / smoothPeriod; // compensates the one-bar lag of the weighted smoother
        if (imagPart < 0.0) phase += 180.0;
        if (phase > 315.0) phase -= 360.0;
        Phase = phase;

        _newest = _newest == Capacity - 1 ? 0 : _newest + 1;
        return phase;
    }

    /// <summary>Forgets all prices.</summary>
    public void Reset()
    {
        Array.Clear(_smoothedPrices);
        _newest = 0;
        Phase = 0;
    }

    /// <summary>f(lag x 2 pi / cycle) for cycle in [0, 50] and lag below cycle, row-major by cycle (TA-Lib's exact arguments).</summary>
    private static double[] BuildTable(Func<double, double> f)
    {
        double twoPi = Math.Atan(1) * 8.0;
        var table = new double[(Capacity + 1) * Capacity];
        for (int cycle = 1; cycle <= Capacity; cycle++)
            for (int lag = 0; lag < cycle; lag++)
                table[(cycle * Capacity) + lag] = f((lag * twoPi) / cycle);
        return table;
    }
}
