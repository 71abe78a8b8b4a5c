using MessagePack;

namespace OmniAlpha.Isolation.Protocol.Messages;

/// <summary>The facts of a run that do not change while it runs, sent with OnStart.</summary>
[MessagePackObject]
public sealed class StartPayload
{
    /// <summary>The run's symbols, in run order.</summary>
    [Key(0)] public string[] Symbols { get; set; } = [];
    /// <summary>Account settings.</summary>
    [Key(1)] public AccountDto Account { get; set; } = new();
    /// <summary>Bit i set: log level i (Microsoft.Extensions.Logging) is enabled on the host.</summary>
    [Key(2)] public int EnabledLogLevels { get; set; }
    /// <summary>True when a restarted worker takes over a running strategy (the kernel keeps its orders and positions).</summary>
    [Key(3)] public bool IsRestart { get; set; }
}
