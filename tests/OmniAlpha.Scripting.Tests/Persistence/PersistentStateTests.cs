using System.Reflection;
using OmniAlpha.Scripting.Persistence;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Scripting.Tests.Persistence;

/// <summary>[Persist] fields: what round-trips through MessagePack, and what is refused and how.</summary>
public sealed class PersistentStateTests
{
    private static readonly StrategyCompiler Trusted = new(new StrategyCompilerOptions { Sandboxed = false });
    private static readonly StrategyCompiler Guarded = new();

    private static AllPersistableTypesStrategy Filled() => new()
    {
        Flag = true, Byte = 250, SByte = -7, Short = -30_000, UShort = 60_000, Int = -123_456, UInt = 4_000_000_000,
        Long = long.MinValue, ULong = ulong.MaxValue, Float = 1.5f, Double = Math.PI, Money = 12345.678901234567890123m,
        Char = 'é', Text = "σ and ünïcode", Time0 = new DateTime(2024, 2, 29, 21, 0, 0, DateTimeKind.Utc),
        Offset = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(-5)), Span = TimeSpan.FromTicks(123_456_789),
        Date = new DateOnly(1999, 12, 31), TimeOfDay = new TimeOnly(15, 59, 59), Id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        Ticker = new Symbol("aapl"), Side = OrderSide.Sell, MaybeInt = 42, MaybeMoney = null, Closes = [1.25, double.NaN, -0.0],
        Fills = [0.01m, 100m, 1e-28m], Held = [new Symbol("MSFT"), new Symbol("ORCL")],
        Targets = new() { [new Symbol("SPY")] = 0.6m, [new Symbol("TLT")] = 0.4m },
        Nested = new() { ["a"] = [new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc)], ["b"] = [] },
        NotPersisted = 99,
    };

    [Fact]
    public void Every_supported_type_round_trips_exactly_through_the_snapshot_bytes()
    {
        var original = Filled();
        byte[] bytes = PersistentState.Capture(original).ToBytes();
        var restored = new AllPersistableTypesStrategy();

        var names = PersistentState.Restore(restored, StrategyStateSnapshot.FromBytes(bytes));

        Assert.Equal(29, names.Count);
        foreach (var field in typeof(AllPersistableTypesStrategy).GetFields().Where(f => f.IsDefined(typeof(PersistAttribute))))
        {
            object? expected = field.GetValue(original), actual = field.GetValue(restored);
            if (expected is System.Collections.IEnumerable e and not string)
                Assert.Equal(e.Cast<object>(), ((System.Collections.IEnumerable)actual!).Cast<object>());
            else
                Assert.Equal(expected, actual);
        }
        Assert.Equal(DateTimeKind.Utc, restored.Time0.Kind);
        Assert.Equal(12345.678901234567890123m, restored.Money);
        Assert.Equal("aapl", restored.Ticker.Value);
        Assert.Equal(0, restored.NotPersisted);
    }

    [Fact]
    public void A_field_the_new_version_no_longer_declares_is_dropped_and_a_new_field_keeps_its_initial_value()
    {
        using var v1 = Trusted.Compile("Keep.cs", "public sealed class Keep : Strategy { [Persist] public int Old = 1; [Persist] public int Both = 2; }");
        using var v2 = Trusted.Compile("Keep.cs", "public sealed class Keep : Strategy { [Persist] public int Both; [Persist] public int Added = 7; }");
        var old = v1.CreateInstance();
        v1.StrategyType.GetField("Both")!.SetValue(old, 20);
        var next = v2.CreateInstance();

        var restored = PersistentState.Transfer(old, next);

        Assert.Equal(["Both"], restored);
        Assert.Equal(20, v2.StrategyType.GetField("Both")!.GetValue(next));
        Assert.Equal(7, v2.StrategyType.GetField("Added")!.GetValue(next));
    }

    [Fact]
    public void A_field_whose_type_changed_fails_the_restore_and_leaves_the_new_instance_untouched()
    {
        using var v1 = Trusted.Compile("Typed.cs", "public sealed class Typed : Strategy { [Persist] public int A = 5; [Persist] public int Count = 3; }");
        using var v2 = Trusted.Compile("Typed.cs", "public sealed class Typed : Strategy { [Persist] public int A = 1; [Persist] public long Count = 1; }");
        var next = v2.CreateInstance();

        var error = Assert.Throws<PersistentStateException>(() => PersistentState.Transfer(v1.CreateInstance(), next));

        Assert.Equal("[Persist] field Typed.Count changed type from System.Int32 to System.Int64; its value cannot be carried over (rename the field to start it fresh).", error.Message);
        Assert.Equal(1, v2.StrategyType.GetField("A")!.GetValue(next));
    }

    [Fact]
    public void An_enum_declared_in_the_script_travels_as_its_number()
    {
        const string source = """
            public enum Mode : byte { Flat, Long, Short }
            public sealed class Moded : Strategy { [Persist] public Mode Current = Mode.Flat; }
            """;
        using var v1 = Guarded.Compile("Moded.cs", source);
        using var v2 = Guarded.Compile("Moded.cs", source + "\n// edited");
        var old = v1.CreateInstance();
        v1.StrategyType.GetField("Current")!.SetValue(old, Enum.ToObject(v1.Assembly.GetType("Mode")!, 2));
        var next = v2.CreateInstance();

        PersistentState.Transfer(old, next);

        Assert.Equal("Short", v2.StrategyType.GetField("Current")!.GetValue(next)!.ToString());
        Assert.Equal("enum Mode : System.Byte", PersistentState.Capture(next).Fields[0].Type);
    }

    [Theory]
    [InlineData("public sealed class State { public int N; }\npublic sealed class S : Strategy { [Persist] private State _state = new(); }",
        3, 60, "[Persist] field '_state' of type 'State' cannot be persisted: State is declared in the script, and a script type cannot cross into the host")]
    [InlineData("public struct Pair { public int A; }\npublic sealed class S : Strategy { [Persist] private List<Pair> _pairs = new(); }",
        3, 65, "[Persist] field '_pairs' of type 'System.Collections.Generic.List<Pair>' cannot be persisted: Pair is declared in the script")]
    [InlineData("public enum Mode { A }\npublic sealed class S : Strategy { [Persist] private Mode[] _modes = []; }",
        3, 61, "an enum declared in the script (Mode) can only be the field's own type, not an element")]
    [InlineData("public sealed class S : Strategy { [Persist] private object _anything = 1; }",
        2, 61, "[Persist] field '_anything' of type 'object' cannot be persisted: object is not a supported type")]
    [InlineData("public sealed class S : Strategy { [Persist] private Bar _last; }",
        2, 58, "OmniAlpha.Sdk.Market.Bar is not a supported type")]
    [InlineData("public sealed class S : Strategy { [Persist] private int[,] _grid = new int[1, 1]; }",
        2, 61, "multi-dimensional arrays are not supported")]
    [InlineData("public sealed class S : Strategy { [Persist] private static readonly int Shared = 1; }",
        2, 74, "[Persist] field 'Shared' of type 'int' cannot be persisted: it is static")]
    public void An_unsupported_persist_field_is_a_compile_error_at_the_field(string source, int line, int column, string message)
    {
        var error = Assert.Throws<StrategyCompilationException>(() => Guarded.Compile("S.cs", "// persisted state\n" + source));

        string diagnostic = Assert.Single(error.Diagnostics);
        Assert.StartsWith($"S.cs({line},{column}): error OA0004: ", diagnostic, StringComparison.Ordinal);
        Assert.Contains(message, diagnostic, StringComparison.Ordinal);
        Assert.EndsWith("of those", diagnostic, StringComparison.Ordinal);
    }

    [Fact]
    public void Trusted_scripts_are_checked_too()
    {
        var error = Assert.Throws<StrategyCompilationException>(() =>
            Trusted.Compile("T.cs", "public sealed class C { }\npublic sealed class T : Strategy { [Persist] private C _c = new(); }"));

        Assert.Contains("error OA0004:", Assert.Single(error.Diagnostics), StringComparison.Ordinal);
    }

    [Fact]
    public void A_precompiled_strategy_with_an_unsupported_field_is_refused_when_captured_naming_the_field()
    {
        var error = Assert.Throws<PersistentStateException>(() => PersistentState.Capture(new UnsupportedFieldStrategy()));

        Assert.StartsWith("[Persist] field UnsupportedFieldStrategy.Payload cannot be persisted: System.Object is not a supported type;", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_collection_with_a_custom_comparer_is_refused_rather_than_restored_with_another()
    {
        var strategy = new ComparerStrategy();

        var error = Assert.Throws<PersistentStateException>(() => PersistentState.Capture(strategy));

        Assert.Contains("field ComparerStrategy.Names uses a custom comparer", error.Message, StringComparison.Ordinal);
        Assert.Single(PersistentState.Capture(new ComparerStrategy { Names = ["a"] }).Fields);
    }

    [Fact]
    public void A_damaged_snapshot_is_reported_not_half_restored()
    {
        byte[] bytes = PersistentState.Capture(Filled()).ToBytes();

        Assert.Throws<PersistentStateException>(() => StrategyStateSnapshot.FromBytes(bytes.AsMemory(0, bytes.Length / 2)));
        Assert.Throws<PersistentStateException>(() => StrategyStateSnapshot.FromBytes(new byte[] { 0x93, 0x07 }));
    }

    [Fact]
    public void Fields_are_found_in_base_classes_too()
    {
        var fields = PersistentState.FieldsOf(typeof(DerivedStrategy)).Select(f => f.Name);

        Assert.Equal(["Own", "Inherited"], fields);
    }

    public sealed class UnsupportedFieldStrategy : Strategy
    {
        [Persist] public object Payload = new();
    }

    public sealed class ComparerStrategy : Strategy
    {
        [Persist] public HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase);
    }

    public abstract class BaseStrategy : Strategy
    {
        [Persist] public int Inherited;
    }

    public sealed class DerivedStrategy : BaseStrategy
    {
        [Persist] public int Own;
    }
}
