namespace OmniAlpha.Host.Serving.Logging;

/// <summary>
/// Stands in for a logged exception whose text held a secret: sinks print <see cref="ToString"/> (type, message, inner
/// exceptions and stack trace of the original), masked.
/// </summary>
internal sealed class RedactedException(Exception original, SecretRedactor redactor) : Exception(redactor.Redact(original.Message))
{
    private readonly string _text = redactor.Redact(original.ToString());

    /// <summary>The type name of the original exception.</summary>
    public string OriginalType { get; } = original.GetType().FullName ?? original.GetType().Name;

    /// <inheritdoc />
    public override string? StackTrace => null;

    /// <summary>The original's full text (type, message, inner exceptions, stack trace), masked.</summary>
    public override string ToString() => _text;
}
