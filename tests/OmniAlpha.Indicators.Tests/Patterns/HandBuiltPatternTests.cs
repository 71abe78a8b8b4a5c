using OmniAlpha.Indicators.Catalog;

namespace OmniAlpha.Indicators.Tests.Patterns;

/// <summary>
/// One clear instance and one near miss of each candlestick pattern, built by hand after the context candles of
/// <see cref="CandleScript"/> (thresholds: long body &gt; 1, short &lt; 1, doji &lt;= 0.2, very short shadow &lt; 0.2,
/// short shadow &lt; 0.5, near 0.4, far 1.2, equal 0.1; the pattern's own candles shift later averages a little).
/// Candles are "open high low close", separated by ';'. Every case was also checked against TA-Lib itself.
/// </summary>
public sealed class HandBuiltPatternTests
{
    [Theory]
    // Single-candle patterns
    [InlineData("CDLDOJI", "a body of 0.05 in a 2-point range is a doji", 100, "down", "100 101 99 100.05")]
    [InlineData("CDLDOJI", "a body of 0.5 is not", 0, "down", "100 101 99 100.5")]
    [InlineData("CDLDRAGONFLYDOJI", "doji at the top of a long lower shadow", 100, "down", "100 100.05 98 100.02")]
    [InlineData("CDLDRAGONFLYDOJI", "an upper shadow of 0.48 is not very short", 0, "down", "100 100.5 98 100.02")]
    [InlineData("CDLGRAVESTONEDOJI", "doji at the bottom of a long upper shadow", 100, "up", "100 102 99.97 100.02")]
    [InlineData("CDLGRAVESTONEDOJI", "a lower shadow of 0.5 is not very short", 0, "up", "100 102 99.5 100.02")]
    [InlineData("CDLLONGLEGGEDDOJI", "doji with shadows far longer than its body", 100, "down", "100 101.5 98.5 100.05")]
    [InlineData("CDLLONGLEGGEDDOJI", "a body of 0.5 is not a doji", 0, "down", "100 101.5 98.5 100.5")]
    [InlineData("CDLRICKSHAWMAN", "doji in the middle of its range with long shadows", 100, "down", "100 101 99 100.02")]
    [InlineData("CDLRICKSHAWMAN", "a doji 0.6 above the middle is not", 0, "down", "100.6 101 99 100.62")]
    [InlineData("CDLTAKURI", "doji with no upper shadow and a lower shadow 100 times its body", 100, "down", "100 100.05 98 100.02")]
    [InlineData("CDLTAKURI", "an upper shadow of 0.48 spoils it", 0, "down", "100 100.5 98 100.02")]
    [InlineData("CDLMARUBOZU", "a long white body without shadows", 100, "down", "100 102.02 99.98 102")]
    [InlineData("CDLMARUBOZU", "an upper shadow of 0.5 spoils it", 0, "down", "100 102.5 99.98 102")]
    [InlineData("CDLCLOSINGMARUBOZU", "a long white body closing at its high", 100, "down", "100 102.02 99 102")]
    [InlineData("CDLCLOSINGMARUBOZU", "an upper shadow of 0.5 spoils it", 0, "down", "100 102.5 99 102")]
    [InlineData("CDLBELTHOLD", "a long white body opening at its low", 100, "down", "100 102.5 99.98 102")]
    [InlineData("CDLBELTHOLD", "a lower shadow of 0.5 spoils it", 0, "down", "100 102.5 99.5 102")]
    [InlineData("CDLLONGLINE", "a long body with short shadows", 100, "down", "100 102.1 99.9 102")]
    [InlineData("CDLLONGLINE", "a lower shadow of 1 is not short", 0, "down", "100 102.1 99 102")]
    [InlineData("CDLSHORTLINE", "a short body with short shadows", 100, "down", "100 100.6 99.8 100.5")]
    [InlineData("CDLSHORTLINE", "an upper shadow of 0.8 is not short", 0, "down", "100 101.3 99.8 100.5")]
    [InlineData("CDLSPINNINGTOP", "a small body with both shadows longer than it", 100, "down", "100 101 99 100.3")]
    [InlineData("CDLSPINNINGTOP", "an upper shadow of 0.1 is shorter than the body", 0, "down", "100 100.4 99 100.3")]
    [InlineData("CDLHIGHWAVE", "a small body with both shadows over twice as long", 100, "down", "100 101.5 98.5 100.3")]
    [InlineData("CDLHIGHWAVE", "an upper shadow of 0.5 is not twice the body", 0, "down", "100 100.8 98.5 100.3")]
    // Hammer family: body 0.2, lower shadow 2 (or upper, for the inverted forms)
    [InlineData("CDLHAMMER", "small body near the prior low on a long lower shadow", 100, "down", "99.4 99.65 97.4 99.6")]
    [InlineData("CDLHAMMER", "an upper shadow of 0.5 is not very short", 0, "down", "99.4 100.1 97.4 99.6")]
    [InlineData("CDLHANGINGMAN", "hammer shape at the prior high", -100, "up", "100.4 100.65 98.4 100.6")]
    [InlineData("CDLHANGINGMAN", "the same shape a point below the prior high is not", 0, "up", "99.4 99.65 97.4 99.6")]
    [InlineData("CDLINVERTEDHAMMER", "small body gapping below the prior body with a long upper shadow", 100, "down", "99.4 101.4 99.35 99.6")]
    [InlineData("CDLINVERTEDHAMMER", "without the body gap it is not", 0, "down", "100 101.8 99.95 100.2")]
    [InlineData("CDLSHOOTINGSTAR", "small body gapping above the prior body with a long upper shadow", -100, "up", "100.4 102.4 100.35 100.6")]
    [InlineData("CDLSHOOTINGSTAR", "without the body gap it is not", 0, "up", "99.8 101.8 99.75 100")]
    // Two-candle patterns
    [InlineData("CDLENGULFING", "white body engulfs the prior black body", 100, "down", "100 100.2 98.8 99; 98.8 101.2 98.6 100.5")]
    [InlineData("CDLENGULFING", "opening exactly at the prior close scores 80", 80, "down", "100 100.2 98.8 99; 99 101.2 98.9 100.5")]
    [InlineData("CDLENGULFING", "closing below the prior open does not engulf", 0, "down", "100 100.2 98.8 99; 98.8 100 98.6 99.8")]
    [InlineData("CDLHARAMI", "small white body inside a long black one", 100, "down", "100.5 100.7 97.3 97.5; 98.5 99.2 98.3 99")]
    [InlineData("CDLHARAMI", "a small body reaching above the first body is not inside", 0, "down", "100.5 100.7 97.3 97.5; 100.3 101 100.2 100.8")]
    [InlineData("CDLHARAMICROSS", "doji inside a long black body", 100, "down", "100.5 100.7 97.3 97.5; 98.5 99 98 98.55")]
    [InlineData("CDLHARAMICROSS", "a body of 0.5 is not a doji", 0, "down", "100.5 100.7 97.3 97.5; 98.5 99.2 98.3 99")]
    [InlineData("CDLDOJISTAR", "doji gapping below a long black candle", 100, "down", "100 100.2 97.8 98; 97 97.5 96.5 97.05")]
    [InlineData("CDLDOJISTAR", "a doji overlapping the first body is no star", 0, "down", "100 100.2 97.8 98; 98.5 99 97.5 98.55")]
    [InlineData("CDLPIERCING", "white opens under the black low and closes above its midpoint", 100, "down", "100 100.2 97.8 98; 97.5 99.6 97.4 99.5")]
    [InlineData("CDLPIERCING", "closing below the midpoint is not piercing", 0, "down", "100 100.2 97.8 98; 97.5 99 97.4 98.8")]
    [InlineData("CDLDARKCLOUDCOVER", "black opens above the white high and closes below its midpoint", -100, "up", "100 102.2 99.8 102; 102.5 102.6 100.4 100.5")]
    [InlineData("CDLDARKCLOUDCOVER", "closing above the midpoint is not enough", 0, "up", "100 102.2 99.8 102; 102.5 102.6 101.4 101.5")]
    [InlineData("CDLKICKING", "black marubozu then a white marubozu gapping up", 100, "down", "100 100.01 97.99 98; 100.5 102.51 100.49 102.5")]
    [InlineData("CDLKICKING", "without the price gap it is not", 0, "down", "100 100.01 97.99 98; 99.91 101.92 99.9 101.91")]
    // Three-candle patterns
    [InlineData("CDLMORNINGSTAR", "long black, small star gapping down, white closing deep into the first body", 100, "down", "100.5 100.7 97.3 97.5; 97 97.2 96.3 96.8; 97 99.5 96.9 99.2")]
    [InlineData("CDLMORNINGSTAR", "the third closing under 30% into the first body is not", 0, "down", "100.5 100.7 97.3 97.5; 97 97.2 96.3 96.8; 97 98.4 96.9 98.2")]
    [InlineData("CDLEVENINGSTAR", "long white, small star gapping up, black closing deep into the first body", -100, "up", "99.5 102.7 99.3 102.5; 103 103.7 102.8 103.2; 103 103.1 100.8 101")]
    [InlineData("CDLEVENINGSTAR", "the third closing under 30% into the first body is not", 0, "up", "99.5 102.7 99.3 102.5; 103 103.7 102.8 103.2; 103 103.1 101.7 101.8")]
    [InlineData("CDLMORNINGDOJISTAR", "long black, doji gapping down, white closing deep into the first body", 100, "down", "100.5 100.7 97.3 97.5; 97 97.2 96.6 97.02; 97 99.5 96.9 99.2")]
    [InlineData("CDLMORNINGDOJISTAR", "a star with a body of 0.3 is no doji", 0, "down", "100.5 100.7 97.3 97.5; 97 97.2 96.5 96.7; 97 99.5 96.9 99.2")]
    [InlineData("CDLEVENINGDOJISTAR", "long white, doji gapping up, black closing deep into the first body", -100, "up", "99.5 102.7 99.3 102.5; 103 103.4 102.8 103.02; 103 103.1 100.8 101")]
    [InlineData("CDLEVENINGDOJISTAR", "a star with a body of 0.3 is no doji", 0, "up", "99.5 102.7 99.3 102.5; 103 103.5 102.6 103.3; 103 103.1 100.8 101")]
    [InlineData("CDL3WHITESOLDIERS", "three long white candles opening inside the prior body and closing at their highs", 100, "down", "100 101.55 99.8 101.5; 101 103.05 100.9 103; 102.5 104.55 102.4 104.5")]
    [InlineData("CDL3WHITESOLDIERS", "an upper shadow of 0.5 on the third spoils it", 0, "down", "100 101.55 99.8 101.5; 101 103.05 100.9 103; 102.5 105 102.4 104.5")]
    [InlineData("CDL3BLACKCROWS", "after a white candle, three black candles opening inside the prior body and closing at their lows", -100, "up", "100.2 100.3 98.45 98.5; 99.5 99.6 97.45 97.5; 98.5 98.6 96.45 96.5")]
    [InlineData("CDL3BLACKCROWS", "a lower shadow of 1 on the third spoils it", 0, "up", "100.2 100.3 98.45 98.5; 99.5 99.6 97.45 97.5; 98.5 98.6 95.5 96.5")]
    [InlineData("CDL3INSIDE", "harami of a long black candle confirmed by a white close above the first open", 100, "down", "100.5 100.7 97.3 97.5; 98.5 99.2 98.3 99; 99 101 98.9 100.8")]
    [InlineData("CDL3INSIDE", "a confirmation closing under the first open is not", 0, "down", "100.5 100.7 97.3 97.5; 98.5 99.2 98.3 99; 99 100.4 98.9 100.2")]
    [InlineData("CDL3OUTSIDE", "bullish engulfing confirmed by a higher close", 100, "down", "100 100.2 98.8 99; 98.8 101.2 98.6 100.5; 100.5 101.7 100.4 101.5")]
    [InlineData("CDL3OUTSIDE", "a third candle closing lower does not confirm", 0, "down", "100 100.2 98.8 99; 98.8 101.2 98.6 100.5; 100.5 100.8 100 100.3")]
    [InlineData("CDLTRISTAR", "three dojis, the middle one gapping up", -100, "down", "100 100.5 99.5 100.05; 101 101.5 100.5 101.05; 100.5 101 100 100.55")]
    [InlineData("CDLTRISTAR", "a third candle with a body of 0.5 is no doji", 0, "down", "100 100.5 99.5 100.05; 101 101.5 100.5 101.05; 100.5 101.2 100 101")]
    // Patterns of two to five candles that TA-Lib rarely finds in random data
    [InlineData("CDL2CROWS", "long white, black gapping up, black closing inside the white body", -100, "up", "100 102.6 99.9 102.5; 104 104.2 102.9 103; 103.5 103.6 100.9 101")]
    [InlineData("CDL2CROWS", "a third candle closing below the white body is not", 0, "up", "100 102.6 99.9 102.5; 104 104.2 102.9 103; 103.5 103.6 99.4 99.5")]
    [InlineData("CDL3LINESTRIKE", "three advancing whites struck by a black closing below the first open", 100, "up", "100 101.1 99.9 101; 100.5 102.1 100.4 102; 101.5 103.1 101.4 103; 103.2 103.3 99.4 99.5")]
    [InlineData("CDL3LINESTRIKE", "a strike closing above the first open is not", 0, "up", "100 101.1 99.9 101; 100.5 102.1 100.4 102; 101.5 103.1 101.4 103; 103.2 103.3 100.4 100.5")]
    [InlineData("CDL3STARSINSOUTH", "long black with long lower shadow, smaller black holding above its low, small black marubozu inside", 100, "down", "101 101.1 96.5 99; 99.8 99.9 97.5 98.5; 98.2 98.22 97.78 97.8")]
    [InlineData("CDL3STARSINSOUTH", "an upper shadow of 0.5 on the third is no marubozu", 0, "down", "101 101.1 96.5 99; 99.8 99.9 97.5 98.5; 98.2 98.7 97.78 97.8")]
    [InlineData("CDLABANDONEDBABY", "long black, doji gapping below it, white gapping back up deep into the first body", 100, "down", "100.5 100.7 97.4 97.5; 96.5 96.8 96.2 96.52; 97.2 99.2 97 99")]
    [InlineData("CDLABANDONEDBABY", "without the gap after the doji it is not", 0, "down", "100.5 100.7 97.4 97.5; 96.5 96.8 96.2 96.52; 97.2 99.2 96.7 99")]
    [InlineData("CDLADVANCEBLOCK", "three advancing whites, the third far smaller than the second", -100, "down", "100 102.1 99.9 102; 101 103.6 100.9 103.5; 103 103.9 102.9 103.6")]
    [InlineData("CDLADVANCEBLOCK", "a third candle carrying the advance on is no block", 0, "down", "100 102.1 99.9 102; 101 103.6 100.9 103.5; 103 105.7 102.9 105.6")]
    [InlineData("CDLBREAKAWAY", "long black, black gapping down, two lower candles, white closing inside the gap", 100, "down", "100 100.1 97.9 98; 97.5 97.6 96.4 96.5; 96.8 97 95.4 95.6; 95.8 96 94.4 94.6; 95 97.9 94.9 97.8")]
    [InlineData("CDLBREAKAWAY", "a fifth candle closing beyond the gap is not", 0, "down", "100 100.1 97.9 98; 97.5 97.6 96.4 96.5; 96.8 97 95.4 95.6; 95.8 96 94.4 94.6; 95 98.6 94.9 98.5")]
    [InlineData("CDLCONCEALBABYSWALL", "two black marubozu, a black gapping down with a shadow into the second, a black engulfing it", 100, "down", "100 100.02 97.98 98; 98 98.02 95.98 96; 95.5 96.5 94.9 95; 96.6 96.7 94 94.2")]
    [InlineData("CDLCONCEALBABYSWALL", "a fourth candle under the third's high does not engulf it", 0, "down", "100 100.02 97.98 98; 98 98.02 95.98 96; 95.5 96.5 94.9 95; 96.3 96.4 94 94.2")]
    [InlineData("CDLCOUNTERATTACK", "long black then long white closing at the same price", 100, "down", "100 100.1 97.9 98; 96 98.05 95.9 98.02")]
    [InlineData("CDLCOUNTERATTACK", "closes 0.3 apart are not equal", 0, "down", "100 100.1 97.9 98; 96 98.35 95.9 98.3")]
    [InlineData("CDLGAPSIDESIDEWHITE", "two similar whites opening together above a gap", 100, "up", "100 101.1 99.9 101; 101.5 102.6 101.4 102.5; 101.52 102.6 101.45 102.5")]
    [InlineData("CDLGAPSIDESIDEWHITE", "opens 0.5 apart are not side by side", 0, "up", "100 101.1 99.9 101; 101.5 102.6 101.4 102.5; 102 102.6 101.9 102.5")]
    [InlineData("CDLHIKKAKE", "an inside bar broken to the downside", 100, "down", "100 101 98 99; 99.2 100.5 98.5 99.8; 99.5 100 98 98.3")]
    [InlineData("CDLHIKKAKE", "a close back above the inside bar's high confirms it", 200, "down", "100 101 98 99; 99.2 100.5 98.5 99.8; 99.5 100 98 98.3; 98.5 100.9 98.4 100.8")]
    [InlineData("CDLHIKKAKE", "a second inside bar is no breakout", 0, "down", "100 101 98 99; 99.2 100.5 98.5 99.8; 99.5 100 98.6 98.8")]
    [InlineData("CDLHIKKAKEMOD", "two nested inside bars, the first closing near its low, broken to the downside", 100, "down", "100 101 97 98; 99.5 100.5 97.5 97.6; 98.5 100 98 99; 98.8 99.5 97.8 98")]
    [InlineData("CDLHIKKAKEMOD", "the first inside bar closing near its high is not", 0, "down", "100 101 97 98; 98 100.5 97.5 100.4; 98.5 100 98 99; 98.8 99.5 97.8 98")]
    [InlineData("CDLHOMINGPIGEON", "short black inside a long black body", 100, "down", "100.5 100.7 97.3 97.5; 99.5 99.7 98.3 98.5")]
    [InlineData("CDLHOMINGPIGEON", "a white second candle is not", 0, "down", "100.5 100.7 97.3 97.5; 98.5 99.7 98.3 99.5")]
    [InlineData("CDLIDENTICAL3CROWS", "three black candles each opening at the prior close", -100, "up", "101 101.2 98.98 99; 99 99.2 96.98 97; 97 97.2 94.98 95")]
    [InlineData("CDLIDENTICAL3CROWS", "a third opening 0.5 above the prior close is not identical", 0, "up", "101 101.2 98.98 99; 99 99.2 96.98 97; 97.5 97.7 94.98 95")]
    [InlineData("CDLINNECK", "white opening under the black low and closing just at its close", -100, "down", "100 100.1 97.9 98; 97 98.1 96.9 98.05")]
    [InlineData("CDLINNECK", "closing 0.5 into the black body is not in-neck", 0, "down", "100 100.1 97.9 98; 97 98.6 96.9 98.5")]
    [InlineData("CDLONNECK", "white opening under the black low and closing at that low", -100, "down", "100 100.1 97.9 98; 97 97.95 96.9 97.92")]
    [InlineData("CDLONNECK", "closing 0.4 above the low is not on-neck", 0, "down", "100 100.1 97.9 98; 97 98.4 96.9 98.3")]
    [InlineData("CDLTHRUSTING", "white opening under the black low and closing into its lower half", -100, "down", "100 100.1 97.9 98; 97 98.7 96.9 98.6")]
    [InlineData("CDLTHRUSTING", "closing above the black midpoint is not thrusting", 0, "down", "100 100.1 97.9 98; 97 99.4 96.9 99.3")]
    [InlineData("CDLKICKINGBYLENGTH", "black marubozu then a longer white marubozu gapping up", 100, "down", "100 100.01 97.99 98; 100.5 103.51 100.49 103.5")]
    [InlineData("CDLKICKINGBYLENGTH", "when the black marubozu is the longer one the sign is bearish", -100, "down", "100 100.01 97.99 98; 100.5 102.01 100.49 102")]
    [InlineData("CDLKICKINGBYLENGTH", "without the price gap it is not", 0, "down", "100 100.01 97.99 98; 99.91 101.92 99.9 101.91")]
    [InlineData("CDLLADDERBOTTOM", "three falling blacks, a black with an upper shadow, a white closing above its high", 100, "down", "100 100.1 98.9 99; 99 99.1 97.9 98; 98 98.1 96.9 97; 97 98 96.4 96.5; 97.2 98.6 97.1 98.5")]
    [InlineData("CDLLADDERBOTTOM", "a white closing under the fourth's high is not", 0, "down", "100 100.1 98.9 99; 99 99.1 97.9 98; 98 98.1 96.9 97; 97 98 96.4 96.5; 97.2 98 97.1 97.9")]
    [InlineData("CDLMATCHINGLOW", "two blacks closing at the same price", 100, "down", "101.5 101.6 99.9 100; 100.8 100.9 99.95 100.03")]
    [InlineData("CDLMATCHINGLOW", "closes 0.3 apart do not match", 0, "down", "101.5 101.6 99.9 100; 100.8 100.9 100.2 100.3")]
    [InlineData("CDLMATHOLD", "long white, three small candles holding in its upper half, white closing above them", 100, "up", "100 102.6 99.9 102.5; 103.3 103.4 102.7 102.8; 102.6 102.9 102.1 102.2; 102.4 102.5 101.7 101.8; 102 103.9 101.9 103.8")]
    [InlineData("CDLMATHOLD", "a last white closing under the small candles' highs is not", 0, "up", "100 102.6 99.9 102.5; 103.3 103.4 102.7 102.8; 102.6 102.9 102.1 102.2; 102.4 102.5 101.7 101.8; 102 103.3 101.9 103.2")]
    [InlineData("CDLRISEFALL3METHODS", "long white, three small falling blacks inside its range, long white closing above it", 100, "up", "100 102.6 99.9 102.5; 102.3 102.4 101.7 101.9; 101.9 102 101.3 101.5; 101.5 101.6 100.9 101.1; 101.3 103.1 101.2 103")]
    [InlineData("CDLRISEFALL3METHODS", "a last white closing under the first close is not", 0, "up", "100 102.6 99.9 102.5; 102.3 102.4 101.7 101.9; 101.9 102 101.3 101.5; 101.5 101.6 100.9 101.1; 101.3 102.4 101.2 102.3")]
    [InlineData("CDLSEPARATINGLINES", "black, then a long white opening at the same price with no lower shadow", 100, "down", "100 100.1 98.9 99; 100.02 102.1 100 102")]
    [InlineData("CDLSEPARATINGLINES", "opens 0.5 apart do not separate", 0, "down", "100 100.1 98.9 99; 100.5 102.6 100.48 102.5")]
    [InlineData("CDLSTALLEDPATTERN", "two long advancing whites, then a small white on the second's shoulder", -100, "up", "100 102.1 99.9 102; 101.5 103.55 101.4 103.5; 103.4 103.9 103.35 103.7")]
    [InlineData("CDLSTALLEDPATTERN", "a long third white is no stall", 0, "up", "100 102.1 99.9 102; 101.5 103.55 101.4 103.5; 103.4 105 103.35 104.9")]
    [InlineData("CDLSTICKSANDWICH", "black, white trading above its close, black closing at the first close", 100, "down", "101 101.1 99.9 100; 100.2 101.6 100.1 101.5; 101.4 101.5 99.9 100.03")]
    [InlineData("CDLSTICKSANDWICH", "closes 0.4 apart are no sandwich", 0, "down", "101 101.1 99.9 100; 100.2 101.6 100.1 101.5; 101.4 101.5 100.3 100.4")]
    [InlineData("CDLTASUKIGAP", "white gapping up, similar black closing inside the gap", 100, "up", "100 101.1 99.9 101; 101.5 102.6 101.4 102.5; 102.2 102.3 101.1 101.2")]
    [InlineData("CDLTASUKIGAP", "a black filling the gap is not", 0, "up", "100 101.1 99.9 101; 101.5 102.6 101.4 102.5; 102.2 102.3 100.8 100.9")]
    [InlineData("CDLUNIQUE3RIVER", "long black, black with a lower low inside it, small white opening above that low", 100, "down", "100.5 100.7 97.4 97.5; 99 99.2 96.5 98; 97 97.4 96.8 97.3")]
    [InlineData("CDLUNIQUE3RIVER", "a white opening below the second low is not", 0, "down", "100.5 100.7 97.4 97.5; 99 99.2 96.5 98; 96.4 96.9 96.3 96.7")]
    [InlineData("CDLUPSIDEGAP2CROWS", "long white, small black gapping up, black engulfing it but closing above the white", -100, "up", "100 102.6 99.9 102.5; 103.5 103.6 102.9 103; 103.8 103.9 102.6 102.7")]
    [InlineData("CDLUPSIDEGAP2CROWS", "a third closing into the white body is not", 0, "up", "100 102.6 99.9 102.5; 103.5 103.6 102.9 103; 103.8 103.9 102.2 102.3")]
    [InlineData("CDLXSIDEGAP3METHODS", "two whites with a gap, then a black closing the gap inside the first body", 100, "up", "100 101.1 99.9 101; 101.5 102.6 101.4 102.5; 102 102.1 100.4 100.5")]
    [InlineData("CDLXSIDEGAP3METHODS", "a black closing below the first body is not", 0, "up", "100 101.1 99.9 101; 101.5 102.6 101.4 102.5; 102 102.1 99.7 99.8")]
    public void Recognizes_a_clear_instance_and_rejects_a_near_miss(string function, string because, int expected, string context, string candles)
    {
        var definition = IndicatorCatalog.Find(function)!;
        var pattern = (IBarIndicator)definition.Create(definition.Arguments());

        double[] values = CandleScript.Feed(pattern, CandleScript.Context(context).Concat(CandleScript.Parse(candles)));

        Assert.True(values[^1] == expected, $"{function}, {because}: expected {expected}, got {values[^1]}");
    }

    [Fact]
    public void Every_candlestick_pattern_has_a_hand_built_instance_and_a_near_miss()
    {
        var cases = typeof(HandBuiltPatternTests).GetMethod(nameof(Recognizes_a_clear_instance_and_rejects_a_near_miss))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => a.GetData(null!).Single())
            .Select(row => (Function: (string)row[0], Expected: (int)row[2]))
            .ToArray();
        var patterns = IndicatorCatalog.All.Where(d => d.Group == "Pattern Recognition").Select(d => d.Name);

        Assert.All(patterns, name =>
        {
            Assert.Contains(cases, c => c.Function == name && c.Expected != 0);
            Assert.Contains(cases, c => c.Function == name && c.Expected == 0);
        });
    }
}
