using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Portfolio;

namespace OmniAlpha.Kernel.Results;

/// <summary>Everything a backtest produced: orders and their events, fills, round trips, the equity curve and statistics.</summary>
public sealed class BacktestResult
{
    /// <summary>Name of the strategy.</summary>
    public required string StrategyName { get; init; }
    /// <summary>Account settings used.</summary>
    public required AccountSettings Account { get; init; }
    /// <summary>Symbols of the run, in run order.</summary>
    public required IReadOnlyList<Symbol> Symbols { get; init; }
    /// <summary>Parameters the strategy read, with their resolved values, sorted by name.</summary>
    public required IReadOnlyDictionary<string, string> Parameters { get; init; }
    /// <summary>Final snapshot of every order, in id order.</summary>
    public required IReadOnlyList<Order> Orders { get; init; }
    /// <summary>Every order event in the order it happened.</summary>
    public required IReadOnlyList<OrderEvent> OrderEvents { get; init; }
    /// <summary>Every fill in execution order.</summary>
    public required IReadOnlyList<Fill> Fills { get; init; }
    /// <summary>Closed round trips.</summary>
    public required IReadOnlyList<Trade> Trades { get; init; }
    /// <summary>Account after every time step (after warm-up).</summary>
    public required IReadOnlyList<EquityPoint> EquityCurve { get; init; }
    /// <summary>Positions at the end.</summary>
    public required IReadOnlyList<PositionSnapshot> Positions { get; init; }
    /// <summary>Headline statistics.</summary>
    public required PerformanceStatistics Statistics { get; init; }
    /// <summary>Cash at the end.</summary>
    public required decimal FinalCash { get; init; }
    /// <summary>Realized P&amp;L across the run, before commissions.</summary>
    public required decimal RealizedPnl { get; init; }
    /// <summary>Open P&amp;L at the end.</summary>
    public required decimal UnrealizedPnl { get; init; }
    /// <summary>Bars delivered to the strategy.</summary>
    public required long BarsProcessed { get; init; }
    /// <summary>Time steps processed.</summary>
    public required long TimeSteps { get; init; }
    /// <summary>
    /// Managed bytes the engine thread allocated inside the event loop (strategy, orders and fills included;
    /// preallocated buffers excluded). Zero for a run that never trades.
    /// </summary>
    public long LoopAllocatedBytes { get; init; }
    /// <summary>
    /// Why, when and in which callback the strategy was stopped, and what the open-order policy did; null when it ran
    /// to the end. A stopped strategy's run still covers all the data: positions are marked and the equity curve recorded to the end.
    /// </summary>
    public StrategyFailure? Failure { get; init; }
}
