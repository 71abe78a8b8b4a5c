using MessagePack;

namespace OmniAlpha.Isolation.Protocol.Messages;

/// <summary>H: a yes/no answer, with the warm-up state after the request.</summary>
[MessagePackObject]
public sealed class FlagReply
{
    /// <summary>The answer.</summary>
    [Key(0)] public bool Value { get; set; }
    /// <summary>Whether the run is warming up after the request.</summary>
    [Key(1)] public bool IsWarmingUp { get; set; }
}
