namespace OmniAlpha.Indicators;

public static partial class Ta
{
    /// <summary>OBV of <paramref name="price"/> (normally the close) and <paramref name="volume"/>; equals <see cref="OnBalanceVolume"/>.</summary>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void Obv(ReadOnlySpan<double> price, ReadOnlySpan<double> volume, Span<double> output)
    {
        var indicator = new OnBalanceVolume();
        int n = RequireEqualInputLengths(price.Length, volume.Length);
        RequireOutput(n, output.Length);
        for (int i = 0; i < n; i++) output[i] = indicator.Update(price[i], volume[i]);
    }

    /// <summary>Chaikin A/D line of the bars; equals <see cref="AccumulationDistribution"/>.</summary>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void Ad(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, ReadOnlySpan<double> volume, Span<double> output)
    {
        var indicator = new AccumulationDistribution();
        int n = RequireEqualInputLengths(high.Length, low.Length, close.Length, volume.Length);
        RequireOutput(n, output.Length);
        for (int i = 0; i < n; i++) output[i] = indicator.Update(high[i], low[i], close[i], volume[i]);
    }

    /// <summary>Chaikin A/D oscillator of the bars; equals <see cref="ChaikinOscillator"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period below 2.</exception>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void AdOsc(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, ReadOnlySpan<double> volume,
        int fastPeriod, int slowPeriod, Span<double> output)
    {
        var indicator = new ChaikinOscillator(fastPeriod, slowPeriod);
        int n = RequireEqualInputLengths(high.Length, low.Length, close.Length, volume.Length);
        RequireOutput(n, output.Length);
        for (int i = 0; i < n; i++) output[i] = indicator.Update(high[i], low[i], close[i], volume[i]);
    }
}
