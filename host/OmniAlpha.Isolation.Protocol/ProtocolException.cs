namespace OmniAlpha.Isolation.Protocol;

/// <summary>The other side sent something this side cannot read: a malformed, truncated, oversized or unexpected frame.</summary>
public sealed class ProtocolException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ProtocolException(string message, Exception? inner = null) : base(message, inner) { }
}
