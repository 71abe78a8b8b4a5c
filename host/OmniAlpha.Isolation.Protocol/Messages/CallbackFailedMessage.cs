using MessagePack;

namespace OmniAlpha.Isolation.Protocol.Messages;

/// <summary>W: the callback threw.</summary>
[MessagePackObject]
public sealed class CallbackFailedMessage
{
    /// <summary>Exception type name.</summary>
    [Key(0)] public string ExceptionType { get; set; } = "";
    /// <summary>Exception message.</summary>
    [Key(1)] public string Message { get; set; } = "";
    /// <summary>The exception with its stack trace (script frames name <c>File.cs:line</c>).</summary>
    [Key(2)] public string Detail { get; set; } = "";
    /// <summary>True when a script budget was exceeded (the worker may be in a bad state: the host replaces it).</summary>
    [Key(3)] public bool IsBudgetBreach { get; set; }
}
