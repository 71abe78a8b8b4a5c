namespace OmniAlpha.Sdk.Data;

/// <summary>
/// Implemented by a data source that can skip malformed records (<see cref="BadRowPolicy.Skip"/>): what it skipped so far,
/// so the host can tell the user instead of hiding it.
/// </summary>
public interface ISkippedRowReport
{
    /// <summary>Each skipped record as <c>file:line: field: problem</c>, in the order found.</summary>
    IReadOnlyList<string> SkippedRows { get; }
}
