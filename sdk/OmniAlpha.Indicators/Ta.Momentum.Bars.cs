namespace OmniAlpha.Indicators;

public static partial class Ta
{
    /// <summary>STOCH (slowk, slowd) of the bars; equals <see cref="Stochastic"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period below 1 or an unavailable moving-average type.</exception>
    /// <exception cref="ArgumentException">The inputs differ in length or an output is shorter.</exception>
    public static void Stoch(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close,
        int fastKPeriod, int slowKPeriod, MovingAverageType slowKType, int slowDPeriod, MovingAverageType slowDType,
        Span<double> slowK, Span<double> slowD)
    {
        var indicator = new Stochastic(fastKPeriod, slowKPeriod, slowKType, slowDPeriod, slowDType);
        int n = RequireEqualInputLengths(high.Length, low.Length, close.Length);
        RequireOutputLengths(n, slowK.Length, slowD.Length);
        for (int i = 0; i < n; i++)
        {
            indicator.Update(high[i], low[i], close[i]);
            slowK[i] = indicator.SlowK;
            slowD[i] = indicator.SlowD;
        }
    }

    /// <summary>STOCHF (fastk, fastd) of the bars; equals <see cref="StochasticFast"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period below 1 or an unavailable moving-average type.</exception>
    /// <exception cref="ArgumentException">The inputs differ in length or an output is shorter.</exception>
    public static void StochF(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close,
        int fastKPeriod, int fastDPeriod, MovingAverageType fastDType, Span<double> fastK, Span<double> fastD)
    {
        var indicator = new StochasticFast(fastKPeriod, fastDPeriod, fastDType);
        int n = RequireEqualInputLengths(high.Length, low.Length, close.Length);
        RequireOutputLengths(n, fastK.Length, fastD.Length);
        for (int i = 0; i < n; i++)
        {
            indicator.Update(high[i], low[i], close[i]);
            fastK[i] = indicator.FastK;
            fastD[i] = indicator.FastD;
        }
    }

    /// <summary>AROON (aroondown, aroonup) of the bars; equals <see cref="Indicators.Aroon"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    /// <exception cref="ArgumentException">The inputs differ in length or an output is shorter.</exception>
    public static void Aroon(ReadOnlySpan<double> high, ReadOnlySpan<double> low, int period, Span<double> down, Span<double> up)
    {
        var indicator = new Indicators.Aroon(period);
        int n = RequireEqualInputLengths(high.Length, low.Length);
        RequireOutputLengths(n, down.Length, up.Length);
        for (int i = 0; i < n; i++)
        {
            indicator.Update(high[i], low[i]);
            down[i] = indicator.Down;
            up[i] = indicator.Up;
        }
    }

    /// <summary>BOP of the bars: (close − open) / (high − low); equals <see cref="BalanceOfPower"/>.</summary>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void Bop(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output)
    {
        var indicator = new BalanceOfPower();
        int n = RequireEqualInputLengths(open.Length, high.Length, low.Length, close.Length);
        RequireOutput(n, output.Length);
        for (int i = 0; i < n; i++) output[i] = indicator.Update(open[i], high[i], low[i], close[i]);
    }

    /// <summary>MFI(<paramref name="period"/>) of the bars; equals <see cref="MoneyFlowIndex"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void Mfi(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, ReadOnlySpan<double> volume,
        int period, Span<double> output)
    {
        var indicator = new MoneyFlowIndex(period);
        int n = RequireEqualInputLengths(high.Length, low.Length, close.Length, volume.Length);
        RequireOutput(n, output.Length);
        for (int i = 0; i < n; i++) output[i] = indicator.Update(high[i], low[i], close[i], volume[i]);
    }

    /// <summary>ULTOSC of the bars over three periods (any order); equals <see cref="UltimateOscillator"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period below 1.</exception>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void UltOsc(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close,
        int period1, int period2, int period3, Span<double> output)
    {
        var indicator = new UltimateOscillator(period1, period2, period3);
        int n = RequireEqualInputLengths(high.Length, low.Length, close.Length);
        RequireOutput(n, output.Length);
        for (int i = 0; i < n; i++) output[i] = indicator.Update(high[i], low[i], close[i]);
    }

    /// <summary>CCI(<paramref name="period"/>) of the bars; equals <see cref="CommodityChannelIndex"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void Cci(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, int period, Span<double> output)
    {
        var indicator = new CommodityChannelIndex(period);
        int n = RequireEqualInputLengths(high.Length, low.Length, close.Length);
        RequireOutput(n, output.Length);
        for (int i = 0; i < n; i++) output[i] = indicator.Update(high[i], low[i], close[i]);
    }

    /// <summary>Williams' %R(<paramref name="period"/>) of the bars; equals <see cref="WilliamsPercentR"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void Willr(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, int period, Span<double> output)
    {
        var indicator = new WilliamsPercentR(period);
        int n = RequireEqualInputLengths(high.Length, low.Length, close.Length);
        RequireOutput(n, output.Length);
        for (int i = 0; i < n; i++) output[i] = indicator.Update(high[i], low[i], close[i]);
    }

    /// <summary>ADX(<paramref name="period"/>) of the bars; equals <see cref="AverageDirectionalIndex"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void Adx(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, int period, Span<double> output)
    {
        var indicator = new AverageDirectionalIndex(period);
        int n = RequireEqualInputLengths(high.Length, low.Length, close.Length);
        RequireOutput(n, output.Length);
        for (int i = 0; i < n; i++) output[i] = indicator.Update(high[i], low[i], close[i]);
    }

    /// <summary>ADXR(<paramref name="period"/>) of the bars; equals <see cref="AverageDirectionalIndexRating"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void Adxr(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, int period, Span<double> output)
    {
        var indicator = new AverageDirectionalIndexRating(period);
        int n = RequireEqualInputLengths(high.Length, low.Length, close.Length);
        RequireOutput(n, output.Length);
        for (int i = 0; i < n; i++) output[i] = indicator.Update(high[i], low[i], close[i]);
    }

    /// <summary>DX(<paramref name="period"/>) of the bars; equals <see cref="DirectionalMovementIndex"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void Dx(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, int period, Span<double> output)
    {
        var indicator = new DirectionalMovementIndex(period);
        int n = RequireEqualInputLengths(high.Length, low.Length, close.Length);
        RequireOutput(n, output.Length);
        for (int i = 0; i < n; i++) output[i] = indicator.Update(high[i], low[i], close[i]);
    }

    /// <summary>+DI(<paramref name="period"/>) of the bars; equals <see cref="PlusDirectionalIndicator"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void PlusDi(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, int period, Span<double> output)
    {
        var indicator = new PlusDirectionalIndicator(period);
        int n = RequireEqualInputLengths(high.Length, low.Length, close.Length);
        RequireOutput(n, output.Length);
        for (int i = 0; i < n; i++) output[i] = indicator.Update(high[i], low[i], close[i]);
    }

    /// <summary>−DI(<paramref name="period"/>) of the bars; equals <see cref="MinusDirectionalIndicator"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void MinusDi(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, int period, Span<double> output)
    {
        var indicator = new MinusDirectionalIndicator(period);
        int n = RequireEqualInputLengths(high.Length, low.Length, close.Length);
        RequireOutput(n, output.Length);
        for (int i = 0; i < n; i++) output[i] = indicator.Update(high[i], low[i], close[i]);
    }

    /// <summary>+DM(<paramref name="period"/>) of the bars; equals <see cref="PlusDirectionalMovement"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void PlusDm(ReadOnlySpan<double> high, ReadOnlySpan<double> low, int period, Span<double> output)
    {
        var indicator = new PlusDirectionalMovement(period);
        int n = RequireEqualInputLengths(high.Length, low.Length);
        RequireOutput(n, output.Length);
        for (int i = 0; i < n; i++) output[i] = indicator.Update(high[i], low[i]);
    }

    /// <summary>−DM(<paramref name="period"/>) of the bars; equals <see cref="MinusDirectionalMovement"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void MinusDm(ReadOnlySpan<double> high, ReadOnlySpan<double> low, int period, Span<double> output)
    {
        var indicator = new MinusDirectionalMovement(period);
        int n = RequireEqualInputLengths(high.Length, low.Length);
        RequireOutput(n, output.Length);
        for (int i = 0; i < n; i++) output[i] = indicator.Update(high[i], low[i]);
    }

    /// <summary>Aroon oscillator(<paramref name="period"/>) of the bars; equals <see cref="AroonOscillator"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void AroonOsc(ReadOnlySpan<double> high, ReadOnlySpan<double> low, int period, Span<double> output)
    {
        var indicator = new AroonOscillator(period);
        int n = RequireEqualInputLengths(high.Length, low.Length);
        RequireOutput(n, output.Length);
        for (int i = 0; i < n; i++) output[i] = indicator.Update(high[i], low[i]);
    }
}
