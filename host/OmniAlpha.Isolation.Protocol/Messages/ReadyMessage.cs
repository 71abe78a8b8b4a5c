using MessagePack;

namespace OmniAlpha.Isolation.Protocol.Messages;

/// <summary>W: the script compiled and the strategy was created.</summary>
[MessagePackObject]
public sealed class ReadyMessage
{
    /// <summary>The worker's <see cref="IsolationProtocol.Version"/>.</summary>
    [Key(0)] public int ProtocolVersion { get; set; }
    /// <summary>The strategy's <c>Name</c> (client order ids and reports use it).</summary>
    [Key(1)] public string StrategyName { get; set; } = "";
    /// <summary>SHA-256 of the source the worker compiled; the host checks it against what it sent.</summary>
    [Key(2)] public string SourceHash { get; set; } = "";
    /// <summary>Compiler warnings.</summary>
    [Key(3)] public string[] Warnings { get; set; } = [];
}
