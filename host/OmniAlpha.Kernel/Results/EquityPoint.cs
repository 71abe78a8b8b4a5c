namespace OmniAlpha.Kernel.Results;

/// <summary>The account after one time step.</summary>
/// <param name="Time">End time of the step (UTC).</param>
/// <param name="Cash">Cash balance.</param>
/// <param name="Equity">Cash plus market value of all positions.</param>
/// <param name="Invested">True when any position was open.</param>
public readonly record struct EquityPoint(DateTime Time, decimal Cash, decimal Equity, bool Invested);
