using System.Collections;
using System.Reflection;
using MessagePack;
using MessagePack.Resolvers;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Scripting.Persistence;

/// <summary>
/// Captures and restores the <c>[Persist]</c> fields of a strategy (see <see cref="PersistAttribute"/>). The reflection
/// runs here, in the host, never in the script; each value is serialized with MessagePack under its field's declared
/// type, which <see cref="PersistableTypes"/> has checked first, so no script type ever reaches the serializer.
/// </summary>
public static class PersistentState
{
    private const BindingFlags InstanceFields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    // Trusted-data mode: snapshots are written by the host itself, and the untrusted mode would restore hash sets and
    // dictionaries with its own collision-resistant comparers instead of the default ones the strategy declared.
    private static readonly MessagePackSerializerOptions Options = MessagePackSerializerOptions.Standard
        .WithResolver(CompositeResolver.Create([SymbolFormatter.Instance], [StandardResolver.Instance]))
        .WithSecurity(MessagePackSecurity.TrustedData);

    /// <summary>The <c>[Persist]</c> fields of <paramref name="strategyType"/> and its base classes, most derived first.</summary>
    /// <exception cref="PersistentStateException">A field is static or has an unsupported type.</exception>
    public static IReadOnlyList<FieldInfo> FieldsOf(Type strategyType)
    {
        ArgumentNullException.ThrowIfNull(strategyType);
        var fields = new List<FieldInfo>();
        for (var type = strategyType; type is not null && type != typeof(Strategy); type = type.BaseType)
        {
            foreach (var field in type.GetFields(InstanceFields))
            {
                if (!field.IsDefined(typeof(PersistAttribute), inherit: false)) continue;
                if (PersistableTypes.WhyNot(field.FieldType) is { } reason)
                    throw new PersistentStateException($"[Persist] field {strategyType.Name}.{field.Name} cannot be persisted: {reason}; {PersistableTypes.AllowedSummary}.");
                if (fields.Exists(f => f.Name == field.Name))
                    throw new PersistentStateException($"[Persist] field {field.Name} of {strategyType.Name} is declared twice in its class hierarchy; rename one.");
                fields.Add(field);
            }
        }
        foreach (var field in strategyType.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.FlattenHierarchy))
        {
            if (field.IsDefined(typeof(PersistAttribute), inherit: false))
                throw new PersistentStateException($"[Persist] field {strategyType.Name}.{field.Name} is static; only instance fields are persisted.");
        }
        return fields;
    }

    /// <summary>Captures the <c>[Persist]</c> fields of <paramref name="strategy"/>.</summary>
    /// <exception cref="PersistentStateException">A field cannot be persisted (names it).</exception>
    public static StrategyStateSnapshot Capture(Strategy strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        var type = strategy.GetType();
        var captured = new List<PersistedField>();
        foreach (var field in FieldsOf(type))
        {
            object? value = field.GetValue(strategy);
            CheckComparer(type, field, value);
            try
            {
                captured.Add(new PersistedField(field.Name, PersistableTypes.Describe(field.FieldType), Serialize(field.FieldType, value)));
            }
            catch (MessagePackSerializationException e)
            {
                throw new PersistentStateException($"[Persist] field {type.Name}.{field.Name} could not be serialized: {e.Message}", e);
            }
        }
        return new StrategyStateSnapshot(strategy.Name, captured);
    }

    /// <summary>
    /// Writes the values of <paramref name="snapshot"/> into the <c>[Persist]</c> fields of the same name of
    /// <paramref name="strategy"/>. A field of the strategy the snapshot lacks keeps its initial value; a snapshot field
    /// the strategy no longer declares is dropped. Returns the names of the restored fields.
    /// </summary>
    /// <exception cref="PersistentStateException">A field's type changed, or a value does not deserialize; nothing is written then.</exception>
    public static IReadOnlyList<string> Restore(Strategy strategy, StrategyStateSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(snapshot);
        var type = strategy.GetType();
        var stored = new Dictionary<string, PersistedField>(StringComparer.Ordinal);
        foreach (var field in snapshot.Fields) stored[field.Name] = field;

        // Everything is decoded before anything is written: a failure leaves the strategy untouched.
        var values = new List<(FieldInfo Field, object? Value)>();
        foreach (var field in FieldsOf(type))
        {
            if (!stored.TryGetValue(field.Name, out var persisted)) continue;
            string now = PersistableTypes.Describe(field.FieldType);
            if (!string.Equals(now, persisted.Type, StringComparison.Ordinal))
                throw new PersistentStateException($"[Persist] field {type.Name}.{field.Name} changed type from {persisted.Type} to {now}; its value cannot be carried over (rename the field to start it fresh).");
            try
            {
                values.Add((field, Deserialize(field.FieldType, persisted.Value)));
            }
            catch (MessagePackSerializationException e)
            {
                throw new PersistentStateException($"[Persist] field {type.Name}.{field.Name}: the stored value does not read as {now}: {e.Message}", e);
            }
        }
        foreach (var (field, value) in values) field.SetValue(strategy, value);
        return values.ConvertAll(v => v.Field.Name);
    }

    /// <summary>Captures <paramref name="from"/> and restores the result into <paramref name="to"/> (hot reload).</summary>
    public static IReadOnlyList<string> Transfer(Strategy from, Strategy to) => Restore(to, Capture(from));

    private static byte[] Serialize(Type type, object? value)
    {
        if (!PersistableTypes.IsScriptEnum(type)) return MessagePackSerializer.Serialize(type, value, Options);
        // A script enum travels as its number: the serializer never sees the script's type.
        return Enum.GetUnderlyingType(type) == typeof(ulong)
            ? MessagePackSerializer.Serialize(Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture), Options)
            : MessagePackSerializer.Serialize(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture), Options);
    }

    private static object? Deserialize(Type type, ReadOnlyMemory<byte> bytes)
    {
        if (!PersistableTypes.IsScriptEnum(type)) return MessagePackSerializer.Deserialize(type, bytes, Options);
        object number = Enum.GetUnderlyingType(type) == typeof(ulong)
            ? MessagePackSerializer.Deserialize<ulong>(bytes, Options)
            : MessagePackSerializer.Deserialize<long>(bytes, Options);
        return Enum.ToObject(type, number);
    }

    /// <summary>A collection with a custom comparer would come back with the default one: refuse rather than change its meaning.</summary>
    private static void CheckComparer(Type strategyType, FieldInfo field, object? value)
    {
        object? comparer = value switch
        {
            null => null,
            _ when value.GetType().GetProperty("Comparer") is { } property && value is IEnumerable and not Array => property.GetValue(value),
            _ => null,
        };
        if (comparer is null) return;
        var keyType = field.FieldType.GetGenericArguments()[0];
        object defaultComparer = typeof(EqualityComparer<>).MakeGenericType(keyType).GetProperty("Default")!.GetValue(null)!;
        if (!Equals(comparer, defaultComparer))
            throw new PersistentStateException($"[Persist] field {strategyType.Name}.{field.Name} uses a custom comparer ({comparer.GetType().Name}), which would not be restored; persist a collection with the default comparer.");
    }
}
