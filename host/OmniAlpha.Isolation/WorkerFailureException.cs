namespace OmniAlpha.Isolation;

/// <summary>Raised inside the host when a worker fails mid-callback; the proxy applies the failure policy to it.</summary>
internal sealed class WorkerFailureException(WorkerFailureKind kind, string reason, string? detail = null, Exception? inner = null)
    : Exception(reason, inner)
{
    public WorkerFailureKind Kind { get; } = kind;
    public string? Detail { get; } = detail;
}
