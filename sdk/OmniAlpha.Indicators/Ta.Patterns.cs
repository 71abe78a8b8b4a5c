using OmniAlpha.Indicators.Patterns;

namespace OmniAlpha.Indicators;

public static partial class Ta
{
    /// <summary>CDLDOJI; equals <see cref="Doji"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlDoji(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Doji(), open, high, low, close, output);

    /// <summary>CDLDOJISTAR; equals <see cref="DojiStar"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlDojiStar(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new DojiStar(), open, high, low, close, output);

    /// <summary>CDLDRAGONFLYDOJI; equals <see cref="DragonflyDoji"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlDragonflyDoji(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new DragonflyDoji(), open, high, low, close, output);

    /// <summary>CDLGRAVESTONEDOJI; equals <see cref="GravestoneDoji"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlGravestoneDoji(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new GravestoneDoji(), open, high, low, close, output);

    /// <summary>CDLLONGLEGGEDDOJI; equals <see cref="LongLeggedDoji"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlLongLeggedDoji(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new LongLeggedDoji(), open, high, low, close, output);

    /// <summary>CDLENGULFING; equals <see cref="Engulfing"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlEngulfing(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Engulfing(), open, high, low, close, output);

    /// <summary>CDLHAMMER; equals <see cref="Hammer"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlHammer(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Hammer(), open, high, low, close, output);

    /// <summary>CDLHANGINGMAN; equals <see cref="HangingMan"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlHangingMan(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new HangingMan(), open, high, low, close, output);

    /// <summary>CDLINVERTEDHAMMER; equals <see cref="InvertedHammer"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlInvertedHammer(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new InvertedHammer(), open, high, low, close, output);

    /// <summary>CDLSHOOTINGSTAR; equals <see cref="ShootingStar"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlShootingStar(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new ShootingStar(), open, high, low, close, output);

    /// <summary>CDLHARAMI; equals <see cref="Harami"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlHarami(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Harami(), open, high, low, close, output);

    /// <summary>CDLHARAMICROSS; equals <see cref="HaramiCross"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlHaramiCross(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new HaramiCross(), open, high, low, close, output);

    /// <summary>CDLMORNINGSTAR; equals <see cref="MorningStar"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penetration"/> is negative.</exception>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlMorningStar(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, double penetration, Span<double> output) =>
        RunPattern(new MorningStar(penetration), open, high, low, close, output);

    /// <summary>CDLEVENINGSTAR; equals <see cref="EveningStar"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penetration"/> is negative.</exception>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlEveningStar(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, double penetration, Span<double> output) =>
        RunPattern(new EveningStar(penetration), open, high, low, close, output);

    /// <summary>CDLMORNINGDOJISTAR; equals <see cref="MorningDojiStar"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penetration"/> is negative.</exception>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlMorningDojiStar(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, double penetration, Span<double> output) =>
        RunPattern(new MorningDojiStar(penetration), open, high, low, close, output);

    /// <summary>CDLEVENINGDOJISTAR; equals <see cref="EveningDojiStar"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penetration"/> is negative.</exception>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlEveningDojiStar(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, double penetration, Span<double> output) =>
        RunPattern(new EveningDojiStar(penetration), open, high, low, close, output);

    /// <summary>Feeds a candlestick pattern bar by bar: the batch form of every CDL function.</summary>
    private static void RunPattern(CandlestickPattern pattern, ReadOnlySpan<double> open, ReadOnlySpan<double> high,
        ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output)
    {
        RequireSameLength(open.Length, high.Length, nameof(high));
        RequireSameLength(open.Length, low.Length, nameof(low));
        RequireSameLength(open.Length, close.Length, nameof(close));
        RequireOutput(open.Length, output.Length);
        for (int i = 0; i < open.Length; i++) output[i] = pattern.Update(open[i], high[i], low[i], close[i], 0);
    }
}
