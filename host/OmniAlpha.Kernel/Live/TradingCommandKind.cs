namespace OmniAlpha.Kernel.Live;

/// <summary>Kinds of <see cref="TradingCommand"/>.</summary>
public enum TradingCommandKind
{
    /// <summary>Deploy a new strategy (<see cref="TradingCommand.Script"/> required).</summary>
    Deploy,
    /// <summary>Start a stopped strategy.</summary>
    Start,
    /// <summary>Stop a strategy (its open orders are canceled).</summary>
    Stop,
    /// <summary>Pause a running strategy.</summary>
    Pause,
    /// <summary>Resume a paused strategy.</summary>
    Resume,
    /// <summary>Reload the strategy's current script from its file.</summary>
    Reload,
    /// <summary>Replace the strategy's script with <see cref="TradingCommand.Script"/> (hot reload keeps positions and [Persist] state).</summary>
    Upload,
    /// <summary>Set the trading state of one strategy or the host.</summary>
    SetTradingState,
    /// <summary>Cancel all orders, optionally flatten, then halt (one strategy or all).</summary>
    Kill,
}
