namespace OmniAlpha.Persistence.Journal;

/// <summary>A page of a newest-first listing, optionally of one strategy.</summary>
/// <param name="StrategyId">Only this strategy's records, or null for all.</param>
/// <param name="Skip">Records to skip from the newest.</param>
/// <param name="Limit">Most records to return (1 to <see cref="MaxLimit"/>).</param>
public sealed record JournalPageRequest(string? StrategyId = null, int Skip = 0, int Limit = 100)
{
    /// <summary>Largest page size.</summary>
    public const int MaxLimit = 1000;

    internal void Validate()
    {
        if (Skip < 0) throw new ArgumentOutOfRangeException(nameof(Skip), Skip, "skip must be 0 or more");
        if (Limit is < 1 or > MaxLimit) throw new ArgumentOutOfRangeException(nameof(Limit), Limit, $"limit must be between 1 and {MaxLimit}");
    }
}
