using MessagePack;

namespace OmniAlpha.Isolation.Protocol.Messages;

/// <summary>H: the kernel threw while serving the request; the worker rethrows it in the strategy.</summary>
[MessagePackObject]
public sealed class CallError
{
    /// <summary>Exception type name.</summary>
    [Key(0)] public string ExceptionType { get; set; } = "";
    /// <summary>Exception message.</summary>
    [Key(1)] public string Message { get; set; } = "";
}
