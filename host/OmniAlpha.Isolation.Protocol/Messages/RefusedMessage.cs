using MessagePack;

namespace OmniAlpha.Isolation.Protocol.Messages;

/// <summary>W: the worker will not run the script; it exits after sending this.</summary>
[MessagePackObject]
public sealed class RefusedMessage
{
    /// <summary>The worker's <see cref="IsolationProtocol.Version"/>.</summary>
    [Key(0)] public int ProtocolVersion { get; set; }
    /// <summary>Why, in one line.</summary>
    [Key(1)] public string Reason { get; set; } = "";
    /// <summary>Compile or sandbox errors, formatted <c>File.cs(line,col): error CODE: message</c>.</summary>
    [Key(2)] public string[] Diagnostics { get; set; } = [];
}
