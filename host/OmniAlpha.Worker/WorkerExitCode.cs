namespace OmniAlpha.Worker;

/// <summary>Exit codes of <c>omnialpha-worker</c>.</summary>
internal static class WorkerExitCode
{
    /// <summary>The host closed the session (end of input between frames).</summary>
    public const int Ok = 0;

    /// <summary>The handshake was refused (protocol version, compile errors); the Refused frame says why.</summary>
    public const int Refused = 2;

    /// <summary>The host sent something unreadable or vanished mid-exchange; stderr says what.</summary>
    public const int ProtocolError = 3;
}
