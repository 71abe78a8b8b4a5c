namespace OmniAlpha.Sdk.Portfolio;

/// <summary>Kind of brokerage account.</summary>
public enum AccountType
{
    /// <summary>Buys must be paid for in cash; no short selling.</summary>
    Cash,
    /// <summary>Borrowing up to a leverage limit; short selling allowed.</summary>
    Margin,
}
