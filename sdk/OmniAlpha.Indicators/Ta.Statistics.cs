namespace OmniAlpha.Indicators;

public static partial class Ta
{
    /// <summary>LINEARREG(<paramref name="period"/>): the least-squares line's value at each input; equals <see cref="LinearRegression"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void LinearReg(ReadOnlySpan<double> input, int period, Span<double> output) =>
        Run(new LinearRegression(period), input, output);

    /// <summary>LINEARREG_SLOPE(<paramref name="period"/>): the least-squares slope per bar; equals <see cref="LinearRegressionSlope"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void LinearRegSlope(ReadOnlySpan<double> input, int period, Span<double> output) =>
        Run(new LinearRegressionSlope(period), input, output);

    /// <summary>LINEARREG_INTERCEPT(<paramref name="period"/>): the least-squares line at the oldest input of each window; equals <see cref="LinearRegressionIntercept"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void LinearRegIntercept(ReadOnlySpan<double> input, int period, Span<double> output) =>
        Run(new LinearRegressionIntercept(period), input, output);

    /// <summary>LINEARREG_ANGLE(<paramref name="period"/>): the least-squares slope's angle in degrees; equals <see cref="LinearRegressionAngle"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void LinearRegAngle(ReadOnlySpan<double> input, int period, Span<double> output) =>
        Run(new LinearRegressionAngle(period), input, output);

    /// <summary>TSF(<paramref name="period"/>): the least-squares line one bar ahead; equals <see cref="TimeSeriesForecast"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public static void Tsf(ReadOnlySpan<double> input, int period, Span<double> output) =>
        Run(new TimeSeriesForecast(period), input, output);

    /// <summary>CORREL(<paramref name="period"/>): Pearson's r of two series; equals <see cref="PearsonCorrelation"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void Correl(ReadOnlySpan<double> input0, ReadOnlySpan<double> input1, int period, Span<double> output) =>
        FeedPairs(new PearsonCorrelation(period), input0, input1, output);

    /// <summary>BETA(<paramref name="period"/>) of the returns of <paramref name="input1"/> on those of <paramref name="input0"/>; equals <see cref="Beta"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void Beta(ReadOnlySpan<double> input0, ReadOnlySpan<double> input1, int period, Span<double> output) =>
        FeedPairs(new Beta(period), input0, input1, output);
}
