namespace OmniAlpha.Server.Ports;

/// <summary>What an API key may do. Each role includes the ones before it: viewer &lt; trader &lt; admin.</summary>
public enum ApiRole
{
    /// <summary>Reads everything except the audit log (all GETs).</summary>
    Viewer = 0,

    /// <summary>Also steers strategies: deploy, upload, start/stop/pause/resume/reload, trading state, kill.</summary>
    Trader = 1,

    /// <summary>Also manages API keys and secrets and reads the audit log.</summary>
    Admin = 2,
}
