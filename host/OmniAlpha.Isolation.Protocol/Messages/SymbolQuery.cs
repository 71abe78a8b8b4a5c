using MessagePack;

namespace OmniAlpha.Isolation.Protocol.Messages;

/// <summary>W: a request about one symbol (or all when <see cref="Symbol"/> is null), with a count where one applies.</summary>
[MessagePackObject]
public sealed class SymbolQuery
{
    /// <summary>Ticker, or null for all symbols.</summary>
    [Key(0)] public string? Symbol { get; set; }
    /// <summary>Bar count of a history request; bar count of a warm-up.</summary>
    [Key(1)] public int Count { get; set; }
}
