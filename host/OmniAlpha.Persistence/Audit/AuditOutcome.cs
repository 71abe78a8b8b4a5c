namespace OmniAlpha.Persistence.Audit;

/// <summary>How an audited request ended.</summary>
public enum AuditOutcome
{
    /// <summary>The action was carried out.</summary>
    Succeeded,
    /// <summary>Authentication or authorization refused it.</summary>
    Denied,
    /// <summary>It was allowed but failed (invalid input, engine refused it, error).</summary>
    Failed,
}
