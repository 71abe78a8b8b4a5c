namespace OmniAlpha.Indicators;

public static partial class Ta
{
    /// <summary>RSI(<paramref name="period"/>) of <paramref name="input"/> with Wilder's smoothing; equals <see cref="RelativeStrengthIndex"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void Rsi(ReadOnlySpan<double> input, int period, Span<double> output)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        RequireOutput(input.Length, output.Length);
        var averages = new WilderGainLossAverages(period);
        for (int i = 0; i < input.Length; i++)
            output[i] = averages.Update(input[i]) ? RelativeStrengthIndex.FromAverages(averages.AverageGain, averages.AverageLoss) : double.NaN;
    }

    /// <summary>CMO(<paramref name="period"/>) of <paramref name="input"/>; equals <see cref="ChandeMomentumOscillator"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void Cmo(ReadOnlySpan<double> input, int period, Span<double> output)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        RequireOutput(input.Length, output.Length);
        var averages = new WilderGainLossAverages(period);
        for (int i = 0; i < input.Length; i++)
            output[i] = averages.Update(input[i]) ? ChandeMomentumOscillator.FromAverages(averages.AverageGain, averages.AverageLoss) : double.NaN;
    }

    /// <summary>MOM(<paramref name="period"/>) of <paramref name="input"/>: x[t] − x[t−n]; equals <see cref="Momentum"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void Mom(ReadOnlySpan<double> input, int period, Span<double> output) =>
        Run(new Momentum(period), input, output);

    /// <summary>ROC(<paramref name="period"/>): 100 × (x[t] / x[t−n] − 1); equals <see cref="RateOfChange"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void Roc(ReadOnlySpan<double> input, int period, Span<double> output) =>
        Run(new RateOfChange(period), input, output);

    /// <summary>ROCP(<paramref name="period"/>): (x[t] − x[t−n]) / x[t−n]; equals <see cref="RateOfChangePercentage"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void RocP(ReadOnlySpan<double> input, int period, Span<double> output) =>
        Run(new RateOfChangePercentage(period), input, output);

    /// <summary>ROCR(<paramref name="period"/>): x[t] / x[t−n]; equals <see cref="RateOfChangeRatio"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void RocR(ReadOnlySpan<double> input, int period, Span<double> output) =>
        Run(new RateOfChangeRatio(period), input, output);

    /// <summary>ROCR100(<paramref name="period"/>): 100 × x[t] / x[t−n]; equals <see cref="RateOfChangeRatio100"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void RocR100(ReadOnlySpan<double> input, int period, Span<double> output) =>
        Run(new RateOfChangeRatio100(period), input, output);

    /// <summary>TRIX(<paramref name="period"/>): 1-period ROC of a triple EMA; equals <see cref="Trix"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void Trix(ReadOnlySpan<double> input, int period, Span<double> output) =>
        Run(new Indicators.Trix(period), input, output);

    /// <summary>APO: fast MA − slow MA of <paramref name="input"/>; equals <see cref="AbsolutePriceOscillator"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period below 2 or an unavailable moving-average type.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void Apo(ReadOnlySpan<double> input, int fastPeriod, int slowPeriod, MovingAverageType type, Span<double> output) =>
        Run(new AbsolutePriceOscillator(fastPeriod, slowPeriod, type), input, output);

    /// <summary>PPO: 100 × (fast MA − slow MA) / slow MA of <paramref name="input"/>; equals <see cref="PercentagePriceOscillator"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period below 2 or an unavailable moving-average type.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void Ppo(ReadOnlySpan<double> input, int fastPeriod, int slowPeriod, MovingAverageType type, Span<double> output) =>
        Run(new PercentagePriceOscillator(fastPeriod, slowPeriod, type), input, output);

    /// <summary>MACD of <paramref name="input"/>; equals <see cref="Indicators.Macd"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A fast or slow period below 2, or a signal period below 1.</exception>
    /// <exception cref="ArgumentException">An output is shorter than <paramref name="input"/>.</exception>
    public static void Macd(ReadOnlySpan<double> input, int fastPeriod, int slowPeriod, int signalPeriod,
        Span<double> macd, Span<double> signal, Span<double> histogram) =>
        RunMacd(Indicators.Macd.Standard(fastPeriod, slowPeriod, signalPeriod), input, macd, signal, histogram);

    /// <summary>MACDFIX (12/26 with fixed factors 0.15 and 0.075) of <paramref name="input"/>; equals <see cref="Indicators.Macd.Fixed"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="signalPeriod"/> is below 1.</exception>
    /// <exception cref="ArgumentException">An output is shorter than <paramref name="input"/>.</exception>
    public static void MacdFix(ReadOnlySpan<double> input, int signalPeriod, Span<double> macd, Span<double> signal, Span<double> histogram) =>
        RunMacd(Indicators.Macd.FixedFactors(signalPeriod), input, macd, signal, histogram);

    /// <summary>MACDEXT (MACD with chosen moving averages) of <paramref name="input"/>; equals <see cref="MacdExtended"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A fast or slow period below 2, a signal period below 1, or an unavailable moving-average type.</exception>
    /// <exception cref="ArgumentException">An output is shorter than <paramref name="input"/>.</exception>
    public static void MacdExt(ReadOnlySpan<double> input, int fastPeriod, MovingAverageType fastType, int slowPeriod, MovingAverageType slowType,
        int signalPeriod, MovingAverageType signalType, Span<double> macd, Span<double> signal, Span<double> histogram)
    {
        var indicator = new MacdExtended(fastPeriod, fastType, slowPeriod, slowType, signalPeriod, signalType);
        RequireOutputLengths(input.Length, macd.Length, signal.Length, histogram.Length);
        for (int i = 0; i < input.Length; i++)
        {
            indicator.Update(input[i]);
            macd[i] = indicator.MacdValue;
            signal[i] = indicator.Signal;
            histogram[i] = indicator.Histogram;
        }
    }

    /// <summary>STOCHRSI of <paramref name="input"/>: the fast stochastic of the RSI; equals <see cref="StochasticRsi"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An RSI period below 2, another period below 1 or an unavailable moving-average type.</exception>
    /// <exception cref="ArgumentException">An output is shorter than <paramref name="input"/>.</exception>
    public static void StochRsi(ReadOnlySpan<double> input, int period, int fastKPeriod, int fastDPeriod, MovingAverageType fastDType,
        Span<double> fastK, Span<double> fastD)
    {
        var indicator = new StochasticRsi(period, fastKPeriod, fastDPeriod, fastDType);
        RequireOutputLengths(input.Length, fastK.Length, fastD.Length);
        for (int i = 0; i < input.Length; i++)
        {
            indicator.Update(input[i]);
            fastK[i] = indicator.FastK;
            fastD[i] = indicator.FastD;
        }
    }

    /// <summary>
    /// MACD over a whole series in one loop with the exact arithmetic of <see cref="MacdCalculation"/> (sums in the same
    /// order, value += alpha × (x − value)), so the values equal the streaming <see cref="Indicators.Macd"/> bit for bit
    /// (checked by the tests) while the state stays in registers.
    /// </summary>
    private static void RunMacd(MacdCalculation calculation, ReadOnlySpan<double> input, Span<double> macd, Span<double> signal, Span<double> histogram)
    {
        RequireOutputLengths(input.Length, macd.Length, signal.Length, histogram.Length);
        int n = input.Length;
        macd = macd[..n];
        signal = signal[..n];
        histogram = histogram[..n];
        var (fastPeriod, fastAlpha) = calculation.Fast;
        var (slowPeriod, slowAlpha) = calculation.Slow;
        int signalPeriod = calculation.SignalPeriod;
        double signalAlpha = TaLibArithmetic.EmaAlpha(signalPeriod);
        int lineStart = slowPeriod - 1;
        int fastStart = slowPeriod - fastPeriod;
        int first = lineStart + signalPeriod - 1;
        int warm = Math.Min(first, n);
        macd[..warm].Fill(double.NaN);
        signal[..warm].Fill(double.NaN);
        histogram[..warm].Fill(double.NaN);
        if (n <= first) return;

        double slowSum = 0, fastSum = 0;
        for (int i = 0; i < lineStart; i++)
        {
            slowSum += input[i];
            if (i >= fastStart) fastSum += input[i];
        }
        double slow = (slowSum + input[lineStart]) / slowPeriod;
        double fast = (fastSum + input[lineStart]) / fastPeriod;
        double signalSum = 0;
        for (int i = lineStart; i < first; i++)
        {
            if (i > lineStart)
            {
                slow += slowAlpha * (input[i] - slow);
                fast += fastAlpha * (input[i] - fast);
            }
            signalSum += fast - slow;
        }
        if (first > lineStart)
        {
            slow += slowAlpha * (input[first] - slow);
            fast += fastAlpha * (input[first] - fast);
        }
        double line = fast - slow;
        double smoothed = (signalSum + line) / signalPeriod;
        macd[first] = line;
        signal[first] = smoothed;
        histogram[first] = line - smoothed;
        for (int i = first + 1; i < n; i++)
        {
            slow += slowAlpha * (input[i] - slow);
            fast += fastAlpha * (input[i] - fast);
            line = fast - slow;
            smoothed += signalAlpha * (line - smoothed);
            macd[i] = line;
            signal[i] = smoothed;
            histogram[i] = line - smoothed;
        }
    }

    private static void RequireOutputLengths(int inputLength, int first, int second, int third = int.MaxValue)
    {
        RequireOutput(inputLength, first, "output0");
        RequireOutput(inputLength, second, "output1");
        RequireOutput(inputLength, third, "output2");
    }

    /// <summary>Checks that bar inputs have one length; returns it.</summary>
    private static int RequireEqualInputLengths(int first, int second, int third = -1, int fourth = -1)
    {
        RequireSameLength(first, second, "input1");
        if (third >= 0) RequireSameLength(first, third, "input2");
        if (fourth >= 0) RequireSameLength(first, fourth, "input3");
        return first;
    }
}
