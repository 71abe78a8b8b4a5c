namespace OmniAlpha.Indicators.Patterns;

/// <summary>A candlestick pattern with TA-Lib's <c>penetration</c> parameter: how far into an earlier real body a close must reach.</summary>
public abstract class PenetrationPattern : CandlestickPattern
{
    /// <summary>Checks <paramref name="penetration"/> (a fraction of a real body, at least 0) and creates the pattern.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penetration"/> is negative or not a number.</exception>
    private protected PenetrationPattern(int lookback, double penetration) : base(lookback)
    {
        if (!(penetration >= 0) || double.IsInfinity(penetration))
            throw new ArgumentOutOfRangeException(nameof(penetration), penetration, "Penetration must be a finite fraction of a real body, at least 0.");
        Penetration = penetration;
    }

    /// <summary>Fraction of the earlier real body the close must penetrate.</summary>
    public double Penetration { get; }
}
