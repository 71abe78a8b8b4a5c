using MessagePack;

namespace OmniAlpha.Isolation.Protocol.Messages;

/// <summary>A name with an optional value: parameter lookups and reports.</summary>
[MessagePackObject]
public sealed class NameValue
{
    /// <summary>Name.</summary>
    [Key(0)] public string Name { get; set; } = "";
    /// <summary>Value (null: not given).</summary>
    [Key(1)] public string? Value { get; set; }
}
