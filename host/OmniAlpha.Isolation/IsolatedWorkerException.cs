namespace OmniAlpha.Isolation;

/// <summary>A worker could not be started or refused the session (protocol version, strategy hash, start deadline).</summary>
public sealed class IsolatedWorkerException : Exception
{
    /// <summary>Creates the exception.</summary>
    public IsolatedWorkerException(string message, Exception? inner = null) : base(message, inner) { }
}
