namespace OmniAlpha.Persistence.Keys;

/// <summary>What an API key may do; each role includes the ones before it (compare with &gt;=).</summary>
public enum ApiRole
{
    /// <summary>Read state, orders, fills, logs.</summary>
    Viewer,
    /// <summary>Viewer, plus deploy, start, stop, reload strategies and change trading states.</summary>
    Trader,
    /// <summary>Trader, plus manage API keys and secrets, and the kill switch for the whole host.</summary>
    Admin,
}
