using OmniAlpha.Indicators.Patterns;

namespace OmniAlpha.Indicators;

public static partial class Ta
{
    /// <summary>Doji (TA-Lib <c>CDLDOJI</c>) for each bar, NaN within the lookback; equals <see cref="Doji"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlDoji(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Doji(), open, high, low, close, output);

    /// <summary>Doji star (TA-Lib <c>CDLDOJISTAR</c>) for each bar, NaN within the lookback; equals <see cref="DojiStar"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlDojiStar(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new DojiStar(), open, high, low, close, output);

    /// <summary>Dragonfly doji (TA-Lib <c>CDLDRAGONFLYDOJI</c>) for each bar, NaN within the lookback; equals <see cref="DragonflyDoji"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlDragonflyDoji(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new DragonflyDoji(), open, high, low, close, output);

    /// <summary>Gravestone doji (TA-Lib <c>CDLGRAVESTONEDOJI</c>) for each bar, NaN within the lookback; equals <see cref="GravestoneDoji"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlGravestoneDoji(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new GravestoneDoji(), open, high, low, close, output);

    /// <summary>Long-legged doji (TA-Lib <c>CDLLONGLEGGEDDOJI</c>) for each bar, NaN within the lookback; equals <see cref="LongLeggedDoji"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlLongLeggedDoji(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new LongLeggedDoji(), open, high, low, close, output);

    /// <summary>Engulfing pattern (TA-Lib <c>CDLENGULFING</c>) for each bar, NaN within the lookback; equals <see cref="Engulfing"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlEngulfing(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Engulfing(), open, high, low, close, output);

    /// <summary>Hammer (TA-Lib <c>CDLHAMMER</c>) for each bar, NaN within the lookback; equals <see cref="Hammer"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlHammer(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Hammer(), open, high, low, close, output);

    /// <summary>Hanging man (TA-Lib <c>CDLHANGINGMAN</c>) for each bar, NaN within the lookback; equals <see cref="HangingMan"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlHangingMan(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new HangingMan(), open, high, low, close, output);

    /// <summary>Inverted hammer (TA-Lib <c>CDLINVERTEDHAMMER</c>) for each bar, NaN within the lookback; equals <see cref="InvertedHammer"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlInvertedHammer(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new InvertedHammer(), open, high, low, close, output);

    /// <summary>Shooting star (TA-Lib <c>CDLSHOOTINGSTAR</c>) for each bar, NaN within the lookback; equals <see cref="ShootingStar"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlShootingStar(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new ShootingStar(), open, high, low, close, output);

    /// <summary>Harami pattern (TA-Lib <c>CDLHARAMI</c>) for each bar, NaN within the lookback; equals <see cref="Harami"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlHarami(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Harami(), open, high, low, close, output);

    /// <summary>Harami cross pattern (TA-Lib <c>CDLHARAMICROSS</c>) for each bar, NaN within the lookback; equals <see cref="HaramiCross"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlHaramiCross(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new HaramiCross(), open, high, low, close, output);

    /// <summary>Morning star (TA-Lib <c>CDLMORNINGSTAR</c>) for each bar, NaN within the lookback; equals <see cref="MorningStar"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penetration"/> is negative or not a number.</exception>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlMorningStar(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, double penetration, Span<double> output) =>
        RunPattern(new MorningStar(penetration), open, high, low, close, output);

    /// <summary>Evening star (TA-Lib <c>CDLEVENINGSTAR</c>) for each bar, NaN within the lookback; equals <see cref="EveningStar"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penetration"/> is negative or not a number.</exception>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlEveningStar(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, double penetration, Span<double> output) =>
        RunPattern(new EveningStar(penetration), open, high, low, close, output);

    /// <summary>Morning doji star (TA-Lib <c>CDLMORNINGDOJISTAR</c>) for each bar, NaN within the lookback; equals <see cref="MorningDojiStar"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penetration"/> is negative or not a number.</exception>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlMorningDojiStar(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, double penetration, Span<double> output) =>
        RunPattern(new MorningDojiStar(penetration), open, high, low, close, output);

    /// <summary>Evening doji star (TA-Lib <c>CDLEVENINGDOJISTAR</c>) for each bar, NaN within the lookback; equals <see cref="EveningDojiStar"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penetration"/> is negative or not a number.</exception>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlEveningDojiStar(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, double penetration, Span<double> output) =>
        RunPattern(new EveningDojiStar(penetration), open, high, low, close, output);

    /// <summary>Three advancing white soldiers (TA-Lib <c>CDL3WHITESOLDIERS</c>) for each bar, NaN within the lookback; equals <see cref="ThreeWhiteSoldiers"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlThreeWhiteSoldiers(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new ThreeWhiteSoldiers(), open, high, low, close, output);

    /// <summary>Three black crows (TA-Lib <c>CDL3BLACKCROWS</c>) for each bar, NaN within the lookback; equals <see cref="ThreeBlackCrows"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlThreeBlackCrows(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new ThreeBlackCrows(), open, high, low, close, output);

    /// <summary>Marubozu (TA-Lib <c>CDLMARUBOZU</c>) for each bar, NaN within the lookback; equals <see cref="Marubozu"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlMarubozu(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Marubozu(), open, high, low, close, output);

    /// <summary>Closing marubozu (TA-Lib <c>CDLCLOSINGMARUBOZU</c>) for each bar, NaN within the lookback; equals <see cref="ClosingMarubozu"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlClosingMarubozu(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new ClosingMarubozu(), open, high, low, close, output);

    /// <summary>Spinning top (TA-Lib <c>CDLSPINNINGTOP</c>) for each bar, NaN within the lookback; equals <see cref="SpinningTop"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlSpinningTop(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new SpinningTop(), open, high, low, close, output);

    /// <summary>High-wave candle (TA-Lib <c>CDLHIGHWAVE</c>) for each bar, NaN within the lookback; equals <see cref="HighWave"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlHighWave(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new HighWave(), open, high, low, close, output);

    /// <summary>Long line candle (TA-Lib <c>CDLLONGLINE</c>) for each bar, NaN within the lookback; equals <see cref="LongLine"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlLongLine(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new LongLine(), open, high, low, close, output);

    /// <summary>Short line candle (TA-Lib <c>CDLSHORTLINE</c>) for each bar, NaN within the lookback; equals <see cref="ShortLine"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlShortLine(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new ShortLine(), open, high, low, close, output);

    /// <summary>Piercing pattern (TA-Lib <c>CDLPIERCING</c>) for each bar, NaN within the lookback; equals <see cref="Piercing"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlPiercing(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Piercing(), open, high, low, close, output);

    /// <summary>Dark cloud cover (TA-Lib <c>CDLDARKCLOUDCOVER</c>) for each bar, NaN within the lookback; equals <see cref="DarkCloudCover"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penetration"/> is negative or not a number.</exception>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlDarkCloudCover(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, double penetration, Span<double> output) =>
        RunPattern(new DarkCloudCover(penetration), open, high, low, close, output);

    /// <summary>Three inside up/down (TA-Lib <c>CDL3INSIDE</c>) for each bar, NaN within the lookback; equals <see cref="ThreeInside"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlThreeInside(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new ThreeInside(), open, high, low, close, output);

    /// <summary>Three outside up/down (TA-Lib <c>CDL3OUTSIDE</c>) for each bar, NaN within the lookback; equals <see cref="ThreeOutside"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlThreeOutside(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new ThreeOutside(), open, high, low, close, output);

    /// <summary>Belt hold (TA-Lib <c>CDLBELTHOLD</c>) for each bar, NaN within the lookback; equals <see cref="BeltHold"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlBeltHold(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new BeltHold(), open, high, low, close, output);

    /// <summary>Takuri (dragonfly doji with very long lower shadow) (TA-Lib <c>CDLTAKURI</c>) for each bar, NaN within the lookback; equals <see cref="Takuri"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlTakuri(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Takuri(), open, high, low, close, output);

    /// <summary>Rickshaw man (TA-Lib <c>CDLRICKSHAWMAN</c>) for each bar, NaN within the lookback; equals <see cref="RickshawMan"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlRickshawMan(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new RickshawMan(), open, high, low, close, output);

    /// <summary>Kicking (TA-Lib <c>CDLKICKING</c>) for each bar, NaN within the lookback; equals <see cref="Kicking"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlKicking(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Kicking(), open, high, low, close, output);

    /// <summary>Tristar pattern (TA-Lib <c>CDLTRISTAR</c>) for each bar, NaN within the lookback; equals <see cref="Tristar"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlTristar(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Tristar(), open, high, low, close, output);

    /// <summary>Two crows (TA-Lib <c>CDL2CROWS</c>) for each bar, NaN within the lookback; equals <see cref="TwoCrows"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlTwoCrows(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new TwoCrows(), open, high, low, close, output);

    /// <summary>Three-line strike (TA-Lib <c>CDL3LINESTRIKE</c>) for each bar, NaN within the lookback; equals <see cref="ThreeLineStrike"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlThreeLineStrike(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new ThreeLineStrike(), open, high, low, close, output);

    /// <summary>Three stars in the south (TA-Lib <c>CDL3STARSINSOUTH</c>) for each bar, NaN within the lookback; equals <see cref="ThreeStarsInSouth"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlThreeStarsInSouth(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new ThreeStarsInSouth(), open, high, low, close, output);

    /// <summary>Abandoned baby (TA-Lib <c>CDLABANDONEDBABY</c>) for each bar, NaN within the lookback; equals <see cref="AbandonedBaby"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penetration"/> is negative or not a number.</exception>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlAbandonedBaby(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, double penetration, Span<double> output) =>
        RunPattern(new AbandonedBaby(penetration), open, high, low, close, output);

    /// <summary>Advance block (TA-Lib <c>CDLADVANCEBLOCK</c>) for each bar, NaN within the lookback; equals <see cref="AdvanceBlock"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlAdvanceBlock(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new AdvanceBlock(), open, high, low, close, output);

    /// <summary>Breakaway (TA-Lib <c>CDLBREAKAWAY</c>) for each bar, NaN within the lookback; equals <see cref="Breakaway"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlBreakaway(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Breakaway(), open, high, low, close, output);

    /// <summary>Concealing baby swallow (TA-Lib <c>CDLCONCEALBABYSWALL</c>) for each bar, NaN within the lookback; equals <see cref="ConcealBabysWall"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlConcealBabysWall(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new ConcealBabysWall(), open, high, low, close, output);

    /// <summary>Counterattack (TA-Lib <c>CDLCOUNTERATTACK</c>) for each bar, NaN within the lookback; equals <see cref="Counterattack"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlCounterattack(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Counterattack(), open, high, low, close, output);

    /// <summary>Up/down-gap side-by-side white lines (TA-Lib <c>CDLGAPSIDESIDEWHITE</c>) for each bar, NaN within the lookback; equals <see cref="GapSideSideWhite"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlGapSideSideWhite(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new GapSideSideWhite(), open, high, low, close, output);

    /// <summary>Homing pigeon (TA-Lib <c>CDLHOMINGPIGEON</c>) for each bar, NaN within the lookback; equals <see cref="HomingPigeon"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlHomingPigeon(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new HomingPigeon(), open, high, low, close, output);

    /// <summary>Identical three crows (TA-Lib <c>CDLIDENTICAL3CROWS</c>) for each bar, NaN within the lookback; equals <see cref="IdenticalThreeCrows"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlIdenticalThreeCrows(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new IdenticalThreeCrows(), open, high, low, close, output);

    /// <summary>In-neck pattern (TA-Lib <c>CDLINNECK</c>) for each bar, NaN within the lookback; equals <see cref="InNeck"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlInNeck(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new InNeck(), open, high, low, close, output);

    /// <summary>On-neck pattern (TA-Lib <c>CDLONNECK</c>) for each bar, NaN within the lookback; equals <see cref="OnNeck"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlOnNeck(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new OnNeck(), open, high, low, close, output);

    /// <summary>Thrusting pattern (TA-Lib <c>CDLTHRUSTING</c>) for each bar, NaN within the lookback; equals <see cref="Thrusting"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlThrusting(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Thrusting(), open, high, low, close, output);

    /// <summary>Kicking - bull/bear determined by the longer marubozu (TA-Lib <c>CDLKICKINGBYLENGTH</c>) for each bar, NaN within the lookback; equals <see cref="KickingByLength"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlKickingByLength(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new KickingByLength(), open, high, low, close, output);

    /// <summary>Ladder bottom (TA-Lib <c>CDLLADDERBOTTOM</c>) for each bar, NaN within the lookback; equals <see cref="LadderBottom"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlLadderBottom(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new LadderBottom(), open, high, low, close, output);

    /// <summary>Matching low (TA-Lib <c>CDLMATCHINGLOW</c>) for each bar, NaN within the lookback; equals <see cref="MatchingLow"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlMatchingLow(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new MatchingLow(), open, high, low, close, output);

    /// <summary>Mat hold (TA-Lib <c>CDLMATHOLD</c>) for each bar, NaN within the lookback; equals <see cref="MatHold"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penetration"/> is negative or not a number.</exception>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlMatHold(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, double penetration, Span<double> output) =>
        RunPattern(new MatHold(penetration), open, high, low, close, output);

    /// <summary>Rising/falling three methods (TA-Lib <c>CDLRISEFALL3METHODS</c>) for each bar, NaN within the lookback; equals <see cref="RiseFallThreeMethods"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlRiseFallThreeMethods(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new RiseFallThreeMethods(), open, high, low, close, output);

    /// <summary>Separating lines (TA-Lib <c>CDLSEPARATINGLINES</c>) for each bar, NaN within the lookback; equals <see cref="SeparatingLines"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlSeparatingLines(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new SeparatingLines(), open, high, low, close, output);

    /// <summary>Stalled pattern (TA-Lib <c>CDLSTALLEDPATTERN</c>) for each bar, NaN within the lookback; equals <see cref="StalledPattern"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlStalledPattern(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new StalledPattern(), open, high, low, close, output);

    /// <summary>Stick sandwich (TA-Lib <c>CDLSTICKSANDWICH</c>) for each bar, NaN within the lookback; equals <see cref="StickSandwich"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlStickSandwich(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new StickSandwich(), open, high, low, close, output);

    /// <summary>Tasuki gap (TA-Lib <c>CDLTASUKIGAP</c>) for each bar, NaN within the lookback; equals <see cref="TasukiGap"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlTasukiGap(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new TasukiGap(), open, high, low, close, output);

    /// <summary>Unique three river (TA-Lib <c>CDLUNIQUE3RIVER</c>) for each bar, NaN within the lookback; equals <see cref="UniqueThreeRiver"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlUniqueThreeRiver(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new UniqueThreeRiver(), open, high, low, close, output);

    /// <summary>Upside gap two crows (TA-Lib <c>CDLUPSIDEGAP2CROWS</c>) for each bar, NaN within the lookback; equals <see cref="UpsideGapTwoCrows"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlUpsideGapTwoCrows(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new UpsideGapTwoCrows(), open, high, low, close, output);

    /// <summary>Upside/downside gap three methods (TA-Lib <c>CDLXSIDEGAP3METHODS</c>) for each bar, NaN within the lookback; equals <see cref="XSideGapThreeMethods"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlXSideGapThreeMethods(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new XSideGapThreeMethods(), open, high, low, close, output);

    /// <summary>Hikkake pattern (TA-Lib <c>CDLHIKKAKE</c>) for each bar, NaN within the lookback; equals <see cref="Hikkake"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlHikkake(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Hikkake(), open, high, low, close, output);

    /// <summary>Modified hikkake pattern (TA-Lib <c>CDLHIKKAKEMOD</c>) for each bar, NaN within the lookback; equals <see cref="HikkakeModified"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlHikkakeModified(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new HikkakeModified(), open, high, low, close, output);

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
