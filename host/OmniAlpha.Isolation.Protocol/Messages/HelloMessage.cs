using MessagePack;

namespace OmniAlpha.Isolation.Protocol.Messages;

/// <summary>H: opens a session. The worker compiles <see cref="SourceText"/> and answers Ready or Refused.</summary>
[MessagePackObject]
public sealed class HelloMessage
{
    /// <summary>The host's <see cref="IsolationProtocol.Version"/>.</summary>
    [Key(0)] public int ProtocolVersion { get; set; }
    /// <summary>The script path as the user gave it (diagnostics and stack traces name it).</summary>
    [Key(1)] public string DisplayPath { get; set; } = "";
    /// <summary>The script source: the worker never reads the host's files.</summary>
    [Key(2)] public string SourceText { get; set; } = "";
    /// <summary>Compile sandboxed with budget checks (guarded inside the worker); false compiles trusted.</summary>
    [Key(3)] public bool Sandboxed { get; set; } = true;
    /// <summary>Budget limits armed around each callback of a sandboxed script; null: off.</summary>
    [Key(4)] public BudgetDto? Budgets { get; set; }
}
