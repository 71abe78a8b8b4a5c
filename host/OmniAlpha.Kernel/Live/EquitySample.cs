namespace OmniAlpha.Kernel.Live;

/// <summary>One point of a strategy's equity curve.</summary>
public readonly record struct EquitySample(DateTime TimeUtc, decimal Equity);
