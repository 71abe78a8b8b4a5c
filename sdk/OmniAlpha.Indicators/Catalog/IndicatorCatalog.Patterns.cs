using OmniAlpha.Indicators.Patterns;

namespace OmniAlpha.Indicators.Catalog;

public static partial class IndicatorCatalog
{
    private const string Patterns = "Pattern Recognition";

    private static readonly IndicatorInput[] Candles = [IndicatorInput.Open, IndicatorInput.High, IndicatorInput.Low, IndicatorInput.Close];

    /// <summary>A pattern's batch function: open, high, low, close in; one output.</summary>
    private delegate void PatternBatch(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> output);

    /// <summary>A pattern's batch function with TA-Lib's <c>penetration</c> parameter.</summary>
    private delegate void PenetrationPatternBatch(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, double penetration, Span<double> output);

    static partial void AddPatterns(List<IndicatorDefinition> all)
    {
        all.Add(Pattern("CDLDOJI", "Doji", Ta.CdlDoji, () => new Doji()));
        all.Add(Pattern("CDLDOJISTAR", "Doji star", Ta.CdlDojiStar, () => new DojiStar()));
        all.Add(Pattern("CDLDRAGONFLYDOJI", "Dragonfly doji", Ta.CdlDragonflyDoji, () => new DragonflyDoji()));
        all.Add(Pattern("CDLGRAVESTONEDOJI", "Gravestone doji", Ta.CdlGravestoneDoji, () => new GravestoneDoji()));
        all.Add(Pattern("CDLLONGLEGGEDDOJI", "Long-legged doji", Ta.CdlLongLeggedDoji, () => new LongLeggedDoji()));
        all.Add(Pattern("CDLENGULFING", "Engulfing pattern", Ta.CdlEngulfing, () => new Engulfing()));
        all.Add(Pattern("CDLHAMMER", "Hammer", Ta.CdlHammer, () => new Hammer()));
        all.Add(Pattern("CDLHANGINGMAN", "Hanging man", Ta.CdlHangingMan, () => new HangingMan()));
        all.Add(Pattern("CDLINVERTEDHAMMER", "Inverted hammer", Ta.CdlInvertedHammer, () => new InvertedHammer()));
        all.Add(Pattern("CDLSHOOTINGSTAR", "Shooting star", Ta.CdlShootingStar, () => new ShootingStar()));
        all.Add(Pattern("CDLHARAMI", "Harami pattern", Ta.CdlHarami, () => new Harami()));
        all.Add(Pattern("CDLHARAMICROSS", "Harami cross pattern", Ta.CdlHaramiCross, () => new HaramiCross()));
        all.Add(Pattern("CDLMORNINGSTAR", "Morning star", 0.3, Ta.CdlMorningStar, p => new MorningStar(p)));
        all.Add(Pattern("CDLEVENINGSTAR", "Evening star", 0.3, Ta.CdlEveningStar, p => new EveningStar(p)));
        all.Add(Pattern("CDLMORNINGDOJISTAR", "Morning doji star", 0.3, Ta.CdlMorningDojiStar, p => new MorningDojiStar(p)));
        all.Add(Pattern("CDLEVENINGDOJISTAR", "Evening doji star", 0.3, Ta.CdlEveningDojiStar, p => new EveningDojiStar(p)));
        all.Add(Pattern("CDL3WHITESOLDIERS", "Three advancing white soldiers", Ta.CdlThreeWhiteSoldiers, () => new ThreeWhiteSoldiers()));
        all.Add(Pattern("CDL3BLACKCROWS", "Three black crows", Ta.CdlThreeBlackCrows, () => new ThreeBlackCrows()));
        all.Add(Pattern("CDLMARUBOZU", "Marubozu", Ta.CdlMarubozu, () => new Marubozu()));
        all.Add(Pattern("CDLCLOSINGMARUBOZU", "Closing marubozu", Ta.CdlClosingMarubozu, () => new ClosingMarubozu()));
        all.Add(Pattern("CDLSPINNINGTOP", "Spinning top", Ta.CdlSpinningTop, () => new SpinningTop()));
        all.Add(Pattern("CDLHIGHWAVE", "High-wave candle", Ta.CdlHighWave, () => new HighWave()));
        all.Add(Pattern("CDLLONGLINE", "Long line candle", Ta.CdlLongLine, () => new LongLine()));
        all.Add(Pattern("CDLSHORTLINE", "Short line candle", Ta.CdlShortLine, () => new ShortLine()));
        all.Add(Pattern("CDLPIERCING", "Piercing pattern", Ta.CdlPiercing, () => new Piercing()));
        all.Add(Pattern("CDLDARKCLOUDCOVER", "Dark cloud cover", 0.5, Ta.CdlDarkCloudCover, p => new DarkCloudCover(p)));
        all.Add(Pattern("CDL3INSIDE", "Three inside up/down", Ta.CdlThreeInside, () => new ThreeInside()));
        all.Add(Pattern("CDL3OUTSIDE", "Three outside up/down", Ta.CdlThreeOutside, () => new ThreeOutside()));
        all.Add(Pattern("CDLBELTHOLD", "Belt hold", Ta.CdlBeltHold, () => new BeltHold()));
        all.Add(Pattern("CDLTAKURI", "Takuri (dragonfly doji with very long lower shadow)", Ta.CdlTakuri, () => new Takuri()));
        all.Add(Pattern("CDLRICKSHAWMAN", "Rickshaw man", Ta.CdlRickshawMan, () => new RickshawMan()));
        all.Add(Pattern("CDLKICKING", "Kicking", Ta.CdlKicking, () => new Kicking()));
        all.Add(Pattern("CDLTRISTAR", "Tristar pattern", Ta.CdlTristar, () => new Tristar()));
        all.Add(Pattern("CDL2CROWS", "Two crows", Ta.CdlTwoCrows, () => new TwoCrows()));
        all.Add(Pattern("CDL3LINESTRIKE", "Three-line strike", Ta.CdlThreeLineStrike, () => new ThreeLineStrike()));
        all.Add(Pattern("CDL3STARSINSOUTH", "Three stars in the south", Ta.CdlThreeStarsInSouth, () => new ThreeStarsInSouth()));
        all.Add(Pattern("CDLABANDONEDBABY", "Abandoned baby", 0.3, Ta.CdlAbandonedBaby, p => new AbandonedBaby(p)));
        all.Add(Pattern("CDLADVANCEBLOCK", "Advance block", Ta.CdlAdvanceBlock, () => new AdvanceBlock()));
        all.Add(Pattern("CDLBREAKAWAY", "Breakaway", Ta.CdlBreakaway, () => new Breakaway()));
        all.Add(Pattern("CDLCONCEALBABYSWALL", "Concealing baby swallow", Ta.CdlConcealBabysWall, () => new ConcealBabysWall()));
        all.Add(Pattern("CDLCOUNTERATTACK", "Counterattack", Ta.CdlCounterattack, () => new Counterattack()));
        all.Add(Pattern("CDLGAPSIDESIDEWHITE", "Up/down-gap side-by-side white lines", Ta.CdlGapSideSideWhite, () => new GapSideSideWhite()));
        all.Add(Pattern("CDLHOMINGPIGEON", "Homing pigeon", Ta.CdlHomingPigeon, () => new HomingPigeon()));
        all.Add(Pattern("CDLIDENTICAL3CROWS", "Identical three crows", Ta.CdlIdenticalThreeCrows, () => new IdenticalThreeCrows()));
        all.Add(Pattern("CDLINNECK", "In-neck pattern", Ta.CdlInNeck, () => new InNeck()));
        all.Add(Pattern("CDLONNECK", "On-neck pattern", Ta.CdlOnNeck, () => new OnNeck()));
        all.Add(Pattern("CDLTHRUSTING", "Thrusting pattern", Ta.CdlThrusting, () => new Thrusting()));
        all.Add(Pattern("CDLKICKINGBYLENGTH", "Kicking - bull/bear determined by the longer marubozu", Ta.CdlKickingByLength, () => new KickingByLength()));
        all.Add(Pattern("CDLLADDERBOTTOM", "Ladder bottom", Ta.CdlLadderBottom, () => new LadderBottom()));
        all.Add(Pattern("CDLMATCHINGLOW", "Matching low", Ta.CdlMatchingLow, () => new MatchingLow()));
        all.Add(Pattern("CDLMATHOLD", "Mat hold", 0.5, Ta.CdlMatHold, p => new MatHold(p)));
        all.Add(Pattern("CDLRISEFALL3METHODS", "Rising/falling three methods", Ta.CdlRiseFallThreeMethods, () => new RiseFallThreeMethods()));
        all.Add(Pattern("CDLSEPARATINGLINES", "Separating lines", Ta.CdlSeparatingLines, () => new SeparatingLines()));
        all.Add(Pattern("CDLSTALLEDPATTERN", "Stalled pattern", Ta.CdlStalledPattern, () => new StalledPattern()));
        all.Add(Pattern("CDLSTICKSANDWICH", "Stick sandwich", Ta.CdlStickSandwich, () => new StickSandwich()));
        all.Add(Pattern("CDLTASUKIGAP", "Tasuki gap", Ta.CdlTasukiGap, () => new TasukiGap()));
        all.Add(Pattern("CDLUNIQUE3RIVER", "Unique three river", Ta.CdlUniqueThreeRiver, () => new UniqueThreeRiver()));
        all.Add(Pattern("CDLUPSIDEGAP2CROWS", "Upside gap two crows", Ta.CdlUpsideGapTwoCrows, () => new UpsideGapTwoCrows()));
        all.Add(Pattern("CDLXSIDEGAP3METHODS", "Upside/downside gap three methods", Ta.CdlXSideGapThreeMethods, () => new XSideGapThreeMethods()));
        all.Add(Pattern("CDLHIKKAKE", "Hikkake pattern", Ta.CdlHikkake, () => new Hikkake()));
        all.Add(Pattern("CDLHIKKAKEMOD", "Modified hikkake pattern", Ta.CdlHikkakeModified, () => new HikkakeModified()));
    }

    private static IndicatorDefinition Pattern(string name, string description, PatternBatch batch, Func<CandlestickPattern> create) =>
        new(name, Patterns, description, Candles, [], [name.ToLowerInvariant()],
            (a, i, o) => batch(i[0], i[1], i[2], i[3], o[0]),
            a => create());

    private static IndicatorDefinition Pattern(string name, string description, double penetration, PenetrationPatternBatch batch,
        Func<double, CandlestickPattern> create) =>
        new(name, Patterns, description, Candles,
            [IndicatorParameter.Real("penetration", penetration, 0, 3e37, "fraction of the earlier real body the close must penetrate")],
            [name.ToLowerInvariant()],
            (a, i, o) => batch(i[0], i[1], i[2], i[3], a.GetDouble("penetration"), o[0]),
            a => create(a.GetDouble("penetration")));
}
