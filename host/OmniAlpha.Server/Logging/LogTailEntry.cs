using Microsoft.Extensions.Logging;

namespace OmniAlpha.Server.Logging;

/// <summary>One log line kept by <see cref="LogTail"/>, already redacted.</summary>
/// <param name="Sequence">1, 2, 3... in the order written (gaps show lines dropped from the ring).</param>
/// <param name="TimeUtc">When it was written.</param>
/// <param name="Level">Severity.</param>
/// <param name="Category">Logger category (usually a type name).</param>
/// <param name="Message">The formatted, redacted message.</param>
/// <param name="Exception">The exception's type and redacted message, without a stack trace, if any.</param>
public sealed record LogTailEntry(long Sequence, DateTime TimeUtc, LogLevel Level, string Category, string Message, string? Exception);
