using MessagePack;

namespace OmniAlpha.Isolation.Protocol.Messages;

/// <summary>Script budget limits on the wire (times in ticks).</summary>
[MessagePackObject]
public sealed class BudgetDto
{
    /// <summary>Time budget per callback, ticks.</summary>
    [Key(0)] public long CallbackTimeTicks { get; set; }
    /// <summary>Total time budget, ticks (null: none).</summary>
    [Key(1)] public long? TotalTimeTicks { get; set; }
    /// <summary>Allocation budget per callback, bytes.</summary>
    [Key(2)] public long CallbackAllocatedBytes { get; set; }
    /// <summary>Call depth budget.</summary>
    [Key(3)] public int MaxCallDepth { get; set; }
}
