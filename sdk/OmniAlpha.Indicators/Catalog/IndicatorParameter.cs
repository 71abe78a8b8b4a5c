namespace OmniAlpha.Indicators.Catalog;

/// <summary>An optional parameter of an indicator function, under TA-Lib's (Python) name with TA-Lib's default and range.</summary>
/// <param name="Name">TA-Lib's lowercase name, e.g. <c>timeperiod</c>, <c>fastk_period</c>, <c>nbdevup</c>, <c>matype</c>.</param>
/// <param name="Default">TA-Lib's default value.</param>
/// <param name="Minimum">Smallest accepted value (inclusive).</param>
/// <param name="Maximum">Largest accepted value (inclusive).</param>
/// <param name="IsInteger">True when only whole numbers are accepted (periods, MA type codes).</param>
/// <param name="Description">One line for <c>omnialpha indicators --list</c>.</param>
public sealed record IndicatorParameter(string Name, double Default, double Minimum, double Maximum, bool IsInteger, string Description)
{
    /// <summary>A whole-number period parameter with TA-Lib's usual range [<paramref name="minimum"/>, 100000].</summary>
    public static IndicatorParameter Period(string name, int @default, int minimum = 2, string description = "number of periods") =>
        new(name, @default, minimum, 100000, true, description);

    /// <summary>A TA-Lib moving-average type code (0 SMA .. 8 T3).</summary>
    public static IndicatorParameter MaType(string name, int @default = 0) =>
        new(name, @default, 0, 8, true, "moving average type: 0 SMA, 1 EMA, 2 WMA, 3 DEMA, 4 TEMA, 5 TRIMA, 6 KAMA, 7 MAMA, 8 T3");

    /// <summary>A real-valued parameter.</summary>
    public static IndicatorParameter Real(string name, double @default, double minimum, double maximum, string description) =>
        new(name, @default, minimum, maximum, false, description);
}
