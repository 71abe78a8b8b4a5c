namespace OmniAlpha.Scripting.Persistence;

/// <summary>
/// The <c>[Persist]</c> state of a strategy cannot be captured or restored: a field has an unsupported type, its
/// type changed between two versions, or a stored value does not deserialize. The message names the strategy and field.
/// </summary>
public sealed class PersistentStateException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    public PersistentStateException(string message) : base(message) { }

    /// <summary>Creates the exception with its message and cause.</summary>
    public PersistentStateException(string message, Exception innerException) : base(message, innerException) { }
}
