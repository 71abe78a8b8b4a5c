namespace OmniAlpha.Indicators.Catalog;

/// <summary>One input series of an indicator function, as TA-Lib names them.</summary>
public enum IndicatorInput
{
    /// <summary>A free series (TA-Lib <c>inReal</c>, <c>inReal0</c>): the caller chooses the column; close unless told.</summary>
    Real,
    /// <summary>Second free series (TA-Lib <c>inReal1</c>); TA-Lib's tools default it to the low.</summary>
    Real1,
    /// <summary>Bar open.</summary>
    Open,
    /// <summary>Bar high.</summary>
    High,
    /// <summary>Bar low.</summary>
    Low,
    /// <summary>Bar close.</summary>
    Close,
    /// <summary>Bar volume.</summary>
    Volume,
}
