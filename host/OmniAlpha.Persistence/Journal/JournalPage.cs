namespace OmniAlpha.Persistence.Journal;

/// <summary>One page of a newest-first listing.</summary>
/// <param name="Items">The records, newest first.</param>
/// <param name="Skip">Records skipped before this page.</param>
/// <param name="HasMore">True when older records follow this page.</param>
public sealed record JournalPage<T>(IReadOnlyList<T> Items, int Skip, bool HasMore);
