namespace OmniAlpha.Indicators.Patterns;

/// <summary>TA-Lib's confirmation step shared by the hikkake patterns.</summary>
internal static class HikkakeConfirmation
{
    /// <summary>
    /// Within three bars of the pattern at <paramref name="patternIndex"/>, a close beyond the high (bullish) or low
    /// (bearish) of the bar before it confirms the pattern: returns +-200 and clears <paramref name="patternIndex"/>;
    /// otherwise 0.
    /// </summary>
    public static int Confirm(CandleWindow bars, int index, ref int patternIndex, int patternResult)
    {
        if (index > patternIndex + 3 || patternResult == 0) return 0;
        int insideBarAgo = index - patternIndex + 1;
        bool confirmed = patternResult > 0 ? bars.Close(0) > bars.High(insideBarAgo) : bars.Close(0) < bars.Low(insideBarAgo);
        if (!confirmed) return 0;
        patternIndex = 0;
        return patternResult + (100 * (patternResult > 0 ? 1 : -1));
    }
}
