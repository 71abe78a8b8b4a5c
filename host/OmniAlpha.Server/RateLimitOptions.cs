namespace OmniAlpha.Server;

/// <summary>A token bucket per API key: bursts up to <see cref="TokenLimit"/>, refilled steadily.</summary>
public sealed class RateLimitOptions
{
    /// <summary>False turns rate limiting off.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests a key may make in a burst.</summary>
    public int TokenLimit { get; set; } = 120;

    /// <summary>Tokens added every <see cref="ReplenishmentPeriod"/>.</summary>
    public int TokensPerPeriod { get; set; } = 20;

    /// <summary>How often tokens are added.</summary>
    public TimeSpan ReplenishmentPeriod { get; set; } = TimeSpan.FromSeconds(1);
}
