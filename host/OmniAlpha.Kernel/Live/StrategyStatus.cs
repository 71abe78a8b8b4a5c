namespace OmniAlpha.Kernel.Live;

/// <summary>Lifecycle of one deployed strategy in the live engine.</summary>
public enum StrategyStatus
{
    /// <summary>Deployed, catching up on history or waiting for its first time step.</summary>
    Starting = 0,

    /// <summary>Receives data and may trade.</summary>
    Running = 1,

    /// <summary>Receives no callbacks; its working orders stay working and their fills still count.</summary>
    Paused = 2,

    /// <summary>Stopped by a user (its open orders were handled by the failure/stop policy).</summary>
    Stopped = 3,

    /// <summary>Stopped by the engine after the strategy failed (exception, budget, recovery divergence).</summary>
    Failed = 4,
}
