using MessagePack;

namespace OmniAlpha.Isolation.Tests.Support;

/// <summary>A one-decimal message for decoding tests.</summary>
[MessagePackObject]
public sealed class DecimalHolder
{
    /// <summary>The value.</summary>
    [Key(0)] public decimal Value { get; set; }
}
