namespace OmniAlpha.Indicators;

public static partial class Ta
{
    /// <summary>SMA(<paramref name="period"/>) of <paramref name="input"/>; equals <see cref="SimpleMovingAverage"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void Sma(ReadOnlySpan<double> input, int period, Span<double> output)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        RequireOutput(input.Length, output.Length);
        // Same running-sum arithmetic as the streaming SMA and TA-Lib (add the new input, divide, take the oldest out),
        // so values are identical to both.
        double sum = 0;
        int warm = Math.Min(period - 1, input.Length);
        for (int i = 0; i < warm; i++)
        {
            sum += input[i];
            output[i] = double.NaN;
        }
        for (int i = warm; i < input.Length; i++)
        {
            sum += input[i];
            output[i] = sum / period;
            sum -= input[i - warm];
        }
    }

    /// <summary>EMA(<paramref name="period"/>) of <paramref name="input"/> seeded with the SMA of the first inputs; equals <see cref="ExponentialMovingAverage"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void Ema(ReadOnlySpan<double> input, int period, Span<double> output)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        RequireOutput(input.Length, output.Length);
        double alpha = 2.0 / (period + 1);
        double seed = 0;
        int warm = Math.Min(period - 1, input.Length);
        for (int i = 0; i < warm; i++)
        {
            seed += input[i];
            output[i] = double.NaN;
        }
        if (warm == input.Length) return;
        double value = (seed + input[warm]) / period;
        output[warm] = value;
        for (int i = warm + 1; i < input.Length; i++)
        {
            value += alpha * (input[i] - value);
            output[i] = value;
        }
    }

    /// <summary>WMA(<paramref name="period"/>) of <paramref name="input"/>; equals <see cref="WeightedMovingAverage"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void Wma(ReadOnlySpan<double> input, int period, Span<double> output) =>
        Run(new WeightedMovingAverage(period), input, output);

    /// <summary>DEMA(<paramref name="period"/>) of <paramref name="input"/>; equals <see cref="DoubleExponentialMovingAverage"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void Dema(ReadOnlySpan<double> input, int period, Span<double> output) =>
        Run(new DoubleExponentialMovingAverage(period), input, output);

    /// <summary>TEMA(<paramref name="period"/>) of <paramref name="input"/>; equals <see cref="TripleExponentialMovingAverage"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void Tema(ReadOnlySpan<double> input, int period, Span<double> output) =>
        Run(new TripleExponentialMovingAverage(period), input, output);

    /// <summary>TRIMA(<paramref name="period"/>) of <paramref name="input"/>; equals <see cref="TriangularMovingAverage"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void Trima(ReadOnlySpan<double> input, int period, Span<double> output) =>
        Run(new TriangularMovingAverage(period), input, output);

    /// <summary>KAMA(<paramref name="period"/>) of <paramref name="input"/>; equals <see cref="KaufmanAdaptiveMovingAverage"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void Kama(ReadOnlySpan<double> input, int period, Span<double> output) =>
        Run(new KaufmanAdaptiveMovingAverage(period), input, output);

    /// <summary>Tillson's T3(<paramref name="period"/>, <paramref name="volumeFactor"/>) of <paramref name="input"/>; equals <see cref="T3MovingAverage"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2 or <paramref name="volumeFactor"/> is outside [0, 1].</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void T3(ReadOnlySpan<double> input, int period, double volumeFactor, Span<double> output) =>
        Run(new T3MovingAverage(period, volumeFactor), input, output);

    /// <summary>MIDPOINT(<paramref name="period"/>) of <paramref name="input"/>; equals <see cref="MidpointOverPeriod"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void MidPoint(ReadOnlySpan<double> input, int period, Span<double> output) =>
        Run(new MidpointOverPeriod(period), input, output);

    /// <summary>TA-Lib's MA: the moving average of <paramref name="type"/> over <paramref name="period"/>; equals <see cref="MovingAverages.Create"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1 or the type is unknown.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void Ma(ReadOnlySpan<double> input, int period, MovingAverageType type, Span<double> output) =>
        Run(MovingAverages.Create(type, period), input, output);

    /// <summary>Bollinger bands of <paramref name="input"/>; equals <see cref="BollingerBands"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2, a multiplier is not finite, or the type is unknown.</exception>
    /// <exception cref="ArgumentException">An output is shorter than <paramref name="input"/>.</exception>
    public static void Bbands(ReadOnlySpan<double> input, int period, double deviationsUp, double deviationsDown, MovingAverageType type,
        Span<double> upper, Span<double> middle, Span<double> lower)
    {
        var bands = new BollingerBands(period, deviationsUp, deviationsDown, type);
        RequireOutput(input.Length, upper.Length, nameof(upper));
        RequireOutput(input.Length, middle.Length, nameof(middle));
        RequireOutput(input.Length, lower.Length, nameof(lower));
        if (type == MovingAverageType.Sma)
        {
            SmaBands(input, period, deviationsUp, deviationsDown, upper, middle, lower);
            return;
        }
        for (int i = 0; i < input.Length; i++)
        {
            upper[i] = bands.Update(input[i]);
            middle[i] = bands.MiddleBand;
            lower[i] = bands.LowerBand;
        }
    }

    /// <summary>MIDPRICE(<paramref name="period"/>) of the bars' highs and lows; equals <see cref="MidpriceOverPeriod"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void MidPrice(ReadOnlySpan<double> high, ReadOnlySpan<double> low, int period, Span<double> output) =>
        FeedBars(new MidpriceOverPeriod(period), SameLength(high, low, nameof(low)), default, high, low, default, default, output);

    /// <summary>Parabolic SAR of the bars' highs and lows; equals <see cref="ParabolicSar"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is negative or not finite.</exception>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void Sar(ReadOnlySpan<double> high, ReadOnlySpan<double> low, double acceleration, double maximum, Span<double> output) =>
        FeedBars(new ParabolicSar(acceleration, maximum), SameLength(high, low, nameof(low)), default, high, low, default, default, output);

    /// <summary>Extended parabolic SAR (negative while short) of the bars' highs and lows; equals <see cref="ParabolicSarExtended"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range (see <see cref="ParabolicSarExtended"/>).</exception>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void SarExt(ReadOnlySpan<double> high, ReadOnlySpan<double> low, double startValue, double offsetOnReverse,
        double accelerationInitLong, double accelerationLong, double accelerationMaxLong,
        double accelerationInitShort, double accelerationShort, double accelerationMaxShort, Span<double> output) =>
        FeedBars(new ParabolicSarExtended(startValue, offsetOnReverse, accelerationInitLong, accelerationLong, accelerationMaxLong,
            accelerationInitShort, accelerationShort, accelerationMaxShort), SameLength(high, low, nameof(low)), default, high, low, default, default, output);

    /// <summary>
    /// BBANDS with an SMA middle as one tight loop: the streaming SMA's running sum and <see cref="WindowSums"/>' sum of
    /// squares in the same order of operations, so the values equal <see cref="BollingerBands"/> bit for bit.
    /// </summary>
    private static void SmaBands(ReadOnlySpan<double> input, int period, double deviationsUp, double deviationsDown,
        Span<double> upper, Span<double> middle, Span<double> lower)
    {
        double sum = 0, sumOfSquares = 0;
        int warm = Math.Min(period - 1, input.Length);
        for (int i = 0; i < warm; i++)
        {
            double x = input[i];
            sum += x;
            sumOfSquares += x * x;
            upper[i] = middle[i] = lower[i] = double.NaN;
        }
        for (int i = warm; i < input.Length; i++)
        {
            double x = input[i];
            sum += x;
            sumOfSquares += x * x;
            double mean = sum / period;
            double meanOfSquares = sumOfSquares / period;
            double oldest = input[i - warm];
            sum -= oldest;
            sumOfSquares -= oldest * oldest;
            double variance = meanOfSquares - mean * mean;
            double deviation = variance < 1e-14 ? 0.0 : Math.Sqrt(variance);
            middle[i] = mean;
            upper[i] = mean + deviation * deviationsUp;
            lower[i] = mean - deviation * deviationsDown;
        }
    }
}
