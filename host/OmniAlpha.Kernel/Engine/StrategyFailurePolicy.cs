namespace OmniAlpha.Kernel.Engine;

/// <summary>
/// What the engine does when a strategy callback fails (throws, or a guarded script exceeds a budget). Every policy
/// except <see cref="Throw"/> stops only that strategy: no further callbacks reach it, the failure is recorded
/// (<see cref="Results.StrategyFailure"/>), and the run carries on to its end, so positions are still marked and the
/// equity curve and the reports are complete.
/// </summary>
public enum StrategyFailurePolicy
{
    /// <summary>
    /// Stop the strategy and cancel its working orders through the order router (their cancel events are recorded,
    /// the reason names the failure). Positions are kept and marked to the end. The default.
    /// </summary>
    Cancel,

    /// <summary>
    /// Stop the strategy and leave its working orders at the exchange: they can still fill and the fills update the
    /// portfolio, but the strategy hears nothing more.
    /// </summary>
    Leave,

    /// <summary>
    /// Stop the strategy, cancel its working orders as <see cref="Cancel"/> does, then close every open position with
    /// a market order, which fills like any market order: at the next bar's open of its symbol (a failure in
    /// <c>OnEnd</c> has no next bar, so those orders stay working).
    /// </summary>
    Flatten,

    /// <summary>
    /// End the run: <see cref="BacktestEngine.Run"/> throws a <see cref="StrategyRuntimeException"/> and returns no
    /// result (the behaviour before strategies could be stopped; useful in tests and while developing a strategy).
    /// </summary>
    Throw,
}
