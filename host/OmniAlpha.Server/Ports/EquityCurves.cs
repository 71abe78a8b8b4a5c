using OmniAlpha.Kernel.Live;

namespace OmniAlpha.Server.Ports;

/// <summary>Thinning of equity curves for charts.</summary>
public static class EquityCurves
{
    /// <summary>
    /// At most <paramref name="maxPoints"/> (at least 2) evenly spaced samples of <paramref name="curve"/>, always
    /// keeping its first and last: sample i of the result is curve[i * (n - 1) / (maxPoints - 1)].
    /// </summary>
    public static IReadOnlyList<EquitySample> Thin(IReadOnlyList<EquitySample> curve, int maxPoints)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPoints, 2);
        if (curve.Count <= maxPoints)
            return curve;
        var points = new List<EquitySample>(maxPoints);
        long last = curve.Count - 1;
        for (int i = 0; i < maxPoints; i++)
            points.Add(curve[(int)(i * last / (maxPoints - 1))]);
        return points;
    }
}
