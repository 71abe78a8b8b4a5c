using OmniAlpha.Indicators.Patterns;

namespace OmniAlpha.Indicators;

public static partial class Ta
{
    /// <summary>CDLDOJI over whole bars; equals <see cref="Doji"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlDoji(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Doji(), open, high, low, close, output);

    /// <summary>CDLDOJISTAR over whole bars; equals <see cref="DojiStar"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlDojiStar(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new DojiStar(), open, high, low, close, output);

    /// <summary>CDLDRAGONFLYDOJI over whole bars; equals <see cref="DragonflyDoji"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlDragonflyDoji(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new DragonflyDoji(), open, high, low, close, output);

    /// <summary>CDLGRAVESTONEDOJI over whole bars; equals <see cref="GravestoneDoji"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlGravestoneDoji(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new GravestoneDoji(), open, high, low, close, output);

    /// <summary>CDLLONGLEGGEDDOJI over whole bars; equals <see cref="LongLeggedDoji"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlLongLeggedDoji(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new LongLeggedDoji(), open, high, low, close, output);

    /// <summary>CDLENGULFING over whole bars; equals <see cref="Engulfing"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlEngulfing(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Engulfing(), open, high, low, close, output);

    /// <summary>CDLHAMMER over whole bars; equals <see cref="Hammer"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlHammer(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Hammer(), open, high, low, close, output);

    /// <summary>CDLHANGINGMAN over whole bars; equals <see cref="HangingMan"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlHangingMan(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new HangingMan(), open, high, low, close, output);

    /// <summary>CDLINVERTEDHAMMER over whole bars; equals <see cref="InvertedHammer"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlInvertedHammer(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new InvertedHammer(), open, high, low, close, output);

    /// <summary>CDLSHOOTINGSTAR over whole bars; equals <see cref="ShootingStar"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlShootingStar(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new ShootingStar(), open, high, low, close, output);

    /// <summary>CDLHARAMI over whole bars; equals <see cref="Harami"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlHarami(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Harami(), open, high, low, close, output);

    /// <summary>CDLHARAMICROSS over whole bars; equals <see cref="HaramiCross"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlHaramiCross(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new HaramiCross(), open, high, low, close, output);

    /// <summary>CDLMORNINGSTAR over whole bars; equals <see cref="MorningStar"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penetration"/> is negative or not a number.</exception>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlMorningStar(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, double penetration, Span<double> output) =>
        RunPattern(new MorningStar(penetration), open, high, low, close, output);

    /// <summary>CDLEVENINGSTAR over whole bars; equals <see cref="EveningStar"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penetration"/> is negative or not a number.</exception>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlEveningStar(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, double penetration, Span<double> output) =>
        RunPattern(new EveningStar(penetration), open, high, low, close, output);

    /// <summary>CDLMORNINGDOJISTAR over whole bars; equals <see cref="MorningDojiStar"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penetration"/> is negative or not a number.</exception>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlMorningDojiStar(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, double penetration, Span<double> output) =>
        RunPattern(new MorningDojiStar(penetration), open, high, low, close, output);

    /// <summary>CDLEVENINGDOJISTAR over whole bars; equals <see cref="EveningDojiStar"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penetration"/> is negative or not a number.</exception>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlEveningDojiStar(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, double penetration, Span<double> output) =>
        RunPattern(new EveningDojiStar(penetration), open, high, low, close, output);

    /// <summary>CDL3WHITESOLDIERS over whole bars; equals <see cref="ThreeWhiteSoldiers"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlThreeWhiteSoldiers(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new ThreeWhiteSoldiers(), open, high, low, close, output);

    /// <summary>CDL3BLACKCROWS over whole bars; equals <see cref="ThreeBlackCrows"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlThreeBlackCrows(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new ThreeBlackCrows(), open, high, low, close, output);

    /// <summary>CDLMARUBOZU over whole bars; equals <see cref="Marubozu"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlMarubozu(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Marubozu(), open, high, low, close, output);

    /// <summary>CDLCLOSINGMARUBOZU over whole bars; equals <see cref="ClosingMarubozu"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlClosingMarubozu(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new ClosingMarubozu(), open, high, low, close, output);

    /// <summary>CDLSPINNINGTOP over whole bars; equals <see cref="SpinningTop"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlSpinningTop(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new SpinningTop(), open, high, low, close, output);

    /// <summary>CDLHIGHWAVE over whole bars; equals <see cref="HighWave"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlHighWave(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new HighWave(), open, high, low, close, output);

    /// <summary>CDLLONGLINE over whole bars; equals <see cref="LongLine"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlLongLine(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new LongLine(), open, high, low, close, output);

    /// <summary>CDLSHORTLINE over whole bars; equals <see cref="ShortLine"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlShortLine(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new ShortLine(), open, high, low, close, output);

    /// <summary>CDLPIERCING over whole bars; equals <see cref="Piercing"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlPiercing(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Piercing(), open, high, low, close, output);

    /// <summary>CDLDARKCLOUDCOVER over whole bars; equals <see cref="DarkCloudCover"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penetration"/> is negative or not a number.</exception>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlDarkCloudCover(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, double penetration, Span<double> output) =>
        RunPattern(new DarkCloudCover(penetration), open, high, low, close, output);

    /// <summary>CDL3INSIDE over whole bars; equals <see cref="ThreeInside"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlThreeInside(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new ThreeInside(), open, high, low, close, output);

    /// <summary>CDL3OUTSIDE over whole bars; equals <see cref="ThreeOutside"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlThreeOutside(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new ThreeOutside(), open, high, low, close, output);

    /// <summary>CDLBELTHOLD over whole bars; equals <see cref="BeltHold"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlBeltHold(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new BeltHold(), open, high, low, close, output);

    /// <summary>CDLTAKURI over whole bars; equals <see cref="Takuri"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlTakuri(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Takuri(), open, high, low, close, output);

    /// <summary>CDLRICKSHAWMAN over whole bars; equals <see cref="RickshawMan"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlRickshawMan(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new RickshawMan(), open, high, low, close, output);

    /// <summary>CDLKICKING over whole bars; equals <see cref="Kicking"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlKicking(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Kicking(), open, high, low, close, output);

    /// <summary>CDLTRISTAR over whole bars; equals <see cref="Tristar"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlTristar(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Tristar(), open, high, low, close, output);

    /// <summary>CDL2CROWS over whole bars; equals <see cref="TwoCrows"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlTwoCrows(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new TwoCrows(), open, high, low, close, output);

    /// <summary>CDL3LINESTRIKE over whole bars; equals <see cref="ThreeLineStrike"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlThreeLineStrike(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new ThreeLineStrike(), open, high, low, close, output);

    /// <summary>CDL3STARSINSOUTH over whole bars; equals <see cref="ThreeStarsInSouth"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlThreeStarsInSouth(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new ThreeStarsInSouth(), open, high, low, close, output);

    /// <summary>CDLABANDONEDBABY over whole bars; equals <see cref="AbandonedBaby"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penetration"/> is negative or not a number.</exception>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlAbandonedBaby(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, double penetration, Span<double> output) =>
        RunPattern(new AbandonedBaby(penetration), open, high, low, close, output);

    /// <summary>CDLADVANCEBLOCK over whole bars; equals <see cref="AdvanceBlock"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlAdvanceBlock(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new AdvanceBlock(), open, high, low, close, output);

    /// <summary>CDLBREAKAWAY over whole bars; equals <see cref="Breakaway"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlBreakaway(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Breakaway(), open, high, low, close, output);

    /// <summary>CDLCONCEALBABYSWALL over whole bars; equals <see cref="ConcealBabysWall"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlConcealBabysWall(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new ConcealBabysWall(), open, high, low, close, output);

    /// <summary>CDLCOUNTERATTACK over whole bars; equals <see cref="Counterattack"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlCounterattack(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Counterattack(), open, high, low, close, output);

    /// <summary>CDLGAPSIDESIDEWHITE over whole bars; equals <see cref="GapSideSideWhite"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlGapSideSideWhite(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new GapSideSideWhite(), open, high, low, close, output);

    /// <summary>CDLHOMINGPIGEON over whole bars; equals <see cref="HomingPigeon"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlHomingPigeon(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new HomingPigeon(), open, high, low, close, output);

    /// <summary>CDLIDENTICAL3CROWS over whole bars; equals <see cref="IdenticalThreeCrows"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlIdenticalThreeCrows(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new IdenticalThreeCrows(), open, high, low, close, output);

    /// <summary>CDLINNECK over whole bars; equals <see cref="InNeck"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlInNeck(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new InNeck(), open, high, low, close, output);

    /// <summary>CDLONNECK over whole bars; equals <see cref="OnNeck"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlOnNeck(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new OnNeck(), open, high, low, close, output);

    /// <summary>CDLTHRUSTING over whole bars; equals <see cref="Thrusting"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlThrusting(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Thrusting(), open, high, low, close, output);

    /// <summary>CDLKICKINGBYLENGTH over whole bars; equals <see cref="KickingByLength"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlKickingByLength(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new KickingByLength(), open, high, low, close, output);

    /// <summary>CDLLADDERBOTTOM over whole bars; equals <see cref="LadderBottom"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlLadderBottom(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new LadderBottom(), open, high, low, close, output);

    /// <summary>CDLMATCHINGLOW over whole bars; equals <see cref="MatchingLow"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlMatchingLow(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new MatchingLow(), open, high, low, close, output);

    /// <summary>CDLMATHOLD over whole bars; equals <see cref="MatHold"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penetration"/> is negative or not a number.</exception>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlMatHold(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, double penetration, Span<double> output) =>
        RunPattern(new MatHold(penetration), open, high, low, close, output);

    /// <summary>CDLRISEFALL3METHODS over whole bars; equals <see cref="RiseFallThreeMethods"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlRiseFallThreeMethods(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new RiseFallThreeMethods(), open, high, low, close, output);

    /// <summary>CDLSEPARATINGLINES over whole bars; equals <see cref="SeparatingLines"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlSeparatingLines(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new SeparatingLines(), open, high, low, close, output);

    /// <summary>CDLSTALLEDPATTERN over whole bars; equals <see cref="StalledPattern"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlStalledPattern(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new StalledPattern(), open, high, low, close, output);

    /// <summary>CDLSTICKSANDWICH over whole bars; equals <see cref="StickSandwich"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlStickSandwich(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new StickSandwich(), open, high, low, close, output);

    /// <summary>CDLTASUKIGAP over whole bars; equals <see cref="TasukiGap"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlTasukiGap(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new TasukiGap(), open, high, low, close, output);

    /// <summary>CDLUNIQUE3RIVER over whole bars; equals <see cref="UniqueThreeRiver"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlUniqueThreeRiver(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new UniqueThreeRiver(), open, high, low, close, output);

    /// <summary>CDLUPSIDEGAP2CROWS over whole bars; equals <see cref="UpsideGapTwoCrows"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlUpsideGapTwoCrows(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new UpsideGapTwoCrows(), open, high, low, close, output);

    /// <summary>CDLXSIDEGAP3METHODS over whole bars; equals <see cref="XSideGapThreeMethods"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlXSideGapThreeMethods(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new XSideGapThreeMethods(), open, high, low, close, output);

    /// <summary>CDLHIKKAKE over whole bars; equals <see cref="Hikkake"/>.</summary>
    /// <exception cref="ArgumentException">Inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void CdlHikkake(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output) =>
        RunPattern(new Hikkake(), open, high, low, close, output);

    /// <summary>CDLHIKKAKEMOD over whole bars; equals <see cref="HikkakeModified"/>.</summary>
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
