namespace OmniAlpha.Sdk.Market.Consolidation;

/// <summary>How a <see cref="ConsolidationPeriod"/> cuts time into bars.</summary>
public enum ConsolidationPeriodKind
{
    /// <summary>Fixed-length buckets within a session, aligned to the session open (5 minutes, 1 hour, ...).</summary>
    Intraday,

    /// <summary>One bar per session, ending at the session close.</summary>
    Daily,

    /// <summary>One bar per week of sessions, ending at the close of the week's last day.</summary>
    Weekly,
}
