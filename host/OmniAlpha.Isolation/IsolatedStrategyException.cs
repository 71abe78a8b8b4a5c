namespace OmniAlpha.Isolation;

/// <summary>
/// An isolated strategy's callback failed: the script threw an exception type the host does not recreate
/// (<see cref="RemoteExceptionType"/> names it), or the worker failed and the policy stopped the strategy (<see cref="WorkerFailure"/>). The kernel
/// reports it like any strategy exception, naming the strategy, the callback and the time.
/// </summary>
public sealed class IsolatedStrategyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public IsolatedStrategyException(string message, string? remoteExceptionType, WorkerFailureKind? workerFailure, string? remoteDetail)
        : base(message)
    {
        RemoteExceptionType = remoteExceptionType;
        WorkerFailure = workerFailure;
        RemoteDetail = remoteDetail;
    }

    /// <summary>Type name of the exception the script threw in the worker, if it threw.</summary>
    public string? RemoteExceptionType { get; }

    /// <summary>How the worker failed, when it did.</summary>
    public WorkerFailureKind? WorkerFailure { get; }

    /// <summary>The remote exception with its script stack trace, when there is one.</summary>
    public string? RemoteDetail { get; }
}
