using OmniAlpha.Kernel.Live;

namespace OmniAlpha.Server.Views;

/// <summary>A command the engine applied.</summary>
/// <param name="Command">What was done.</param>
/// <param name="StrategyId">The strategy, or null for the whole host.</param>
public sealed record CommandResponse(TradingCommandKind Command, string? StrategyId)
{
    /// <summary>Always true: failures are answered with a problem document instead.</summary>
    public bool Succeeded => true;
}
