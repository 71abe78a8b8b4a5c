namespace OmniAlpha.Isolation.Protocol;

/// <summary>Constants of the host-worker protocol shared by both sides.</summary>
public static class IsolationProtocol
{
    /// <summary>
    /// The protocol version. Host and worker exchange it in the handshake and refuse to talk when they differ.
    /// Bump it on every change to a message's layout or meaning.
    /// </summary>
    public const int Version = 1;

    /// <summary>Largest frame either side accepts (type byte plus body). A larger length prefix is treated as a malformed frame.</summary>
    public const int MaxFrameBytes = 64 * 1024 * 1024;

    /// <summary>Size of a frame's length prefix (little-endian unsigned 32-bit).</summary>
    public const int LengthPrefixBytes = 4;
}
