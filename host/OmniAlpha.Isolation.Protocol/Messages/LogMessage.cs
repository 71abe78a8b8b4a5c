using MessagePack;

namespace OmniAlpha.Isolation.Protocol.Messages;

/// <summary>W, one-way: a formatted log line of the strategy.</summary>
[MessagePackObject]
public sealed class LogMessage
{
    /// <summary>Microsoft.Extensions.Logging level number.</summary>
    [Key(0)] public int Level { get; set; }
    /// <summary>The formatted message.</summary>
    [Key(1)] public string Text { get; set; } = "";
    /// <summary>An exception logged with it, as text.</summary>
    [Key(2)] public string? Exception { get; set; }
}
