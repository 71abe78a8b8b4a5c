namespace OmniAlpha.Kernel.Live.Journal;

/// <summary>The kinds of <see cref="LifecycleRecord"/>.</summary>
public enum LifecycleAction
{
    /// <summary>A strategy was deployed (argument: script version).</summary>
    Deploy,
    /// <summary>A stopped strategy was started again.</summary>
    Start,
    /// <summary>A strategy was stopped by a user.</summary>
    Stop,
    /// <summary>A strategy was paused.</summary>
    Pause,
    /// <summary>A paused strategy was resumed.</summary>
    Resume,
    /// <summary>A new script version replaced the running one (argument: script version).</summary>
    Reload,
    /// <summary>The trading state changed (argument: the state).</summary>
    SetTradingState,
    /// <summary>Kill switch: orders canceled, optionally flattened, then halted (argument: "flatten" or null).</summary>
    Kill,
    /// <summary>The engine stopped a strategy because it failed (argument: the reason).</summary>
    Fail,
}
