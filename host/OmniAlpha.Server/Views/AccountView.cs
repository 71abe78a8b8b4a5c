namespace OmniAlpha.Server.Views;

/// <summary>Every strategy's account and the totals over them, from one snapshot.</summary>
public sealed record AccountView(long SnapshotVersion, IReadOnlyList<AccountLineView> Strategies, AccountLineView Totals);
