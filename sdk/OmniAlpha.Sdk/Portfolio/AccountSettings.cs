namespace OmniAlpha.Sdk.Portfolio;

/// <summary>How a strategy's account is set up.</summary>
/// <param name="StartingCash">Initial cash.</param>
/// <param name="Type">Cash or margin.</param>
/// <param name="Leverage">Maximum gross exposure / equity for a margin account (1 for cash).</param>
/// <param name="Currency">Account currency.</param>
public sealed record AccountSettings(decimal StartingCash, AccountType Type = AccountType.Cash, decimal Leverage = 1m, string Currency = "USD")
{
    /// <summary>True when the account may hold short positions.</summary>
    public bool AllowsShortSelling => Type == AccountType.Margin;

    /// <summary>Checks the settings and throws with a clear message when they make no sense.</summary>
    public void Validate()
    {
        if (StartingCash < 0m) throw new ArgumentException($"Starting cash must not be negative (got {StartingCash}).");
        if (Leverage < 1m) throw new ArgumentException($"Leverage must be at least 1 (got {Leverage}).");
        if (Type == AccountType.Cash && Leverage != 1m) throw new ArgumentException("A cash account has leverage 1.");
    }
}
