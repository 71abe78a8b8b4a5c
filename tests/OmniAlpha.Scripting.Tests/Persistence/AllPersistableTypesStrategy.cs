using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Scripting.Tests.Persistence;

/// <summary>A strategy with a [Persist] field of every supported kind, and one that is not persisted.</summary>
public sealed class AllPersistableTypesStrategy : Strategy
{
#pragma warning disable CS0649, IDE0044 // set by reflection in the tests
    [Persist] public bool Flag;
    [Persist] public byte Byte;
    [Persist] public sbyte SByte;
    [Persist] public short Short;
    [Persist] public ushort UShort;
    [Persist] public int Int;
    [Persist] public uint UInt;
    [Persist] public long Long;
    [Persist] public ulong ULong;
    [Persist] public float Float;
    [Persist] public double Double;
    [Persist] public decimal Money;
    [Persist] public char Char;
    [Persist] public string? Text;
    [Persist] public DateTime Time0;
    [Persist] public DateTimeOffset Offset;
    [Persist] public TimeSpan Span;
    [Persist] public DateOnly Date;
    [Persist] public TimeOnly TimeOfDay;
    [Persist] public Guid Id;
    [Persist] public Symbol Ticker;
    [Persist] public OrderSide Side;
    [Persist] public int? MaybeInt;
    [Persist] public decimal? MaybeMoney;
    [Persist] public double[]? Closes;
    [Persist] public List<decimal>? Fills;
    [Persist] public HashSet<Symbol>? Held;
    [Persist] public Dictionary<Symbol, decimal>? Targets;
    [Persist] public Dictionary<string, List<DateTime>>? Nested;
    public int NotPersisted;
#pragma warning restore CS0649, IDE0044
}
