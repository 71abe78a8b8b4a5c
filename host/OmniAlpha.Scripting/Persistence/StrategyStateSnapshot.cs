using System.Buffers;
using MessagePack;

namespace OmniAlpha.Scripting.Persistence;

/// <summary>
/// The <c>[Persist]</c> fields of one strategy instance at one moment: per field its name, its type description
/// (<see cref="PersistableTypes.Describe"/>) and its MessagePack-encoded value. Holds no object of the strategy, so
/// it keeps no load context alive; <see cref="ToBytes"/> gives a self-contained form for storage.
/// </summary>
public sealed class StrategyStateSnapshot
{
    private const int FormatVersion = 1;

    /// <summary>Creates a snapshot of <paramref name="strategyName"/> with <paramref name="fields"/>.</summary>
    public StrategyStateSnapshot(string strategyName, IReadOnlyList<PersistedField> fields)
    {
        ArgumentNullException.ThrowIfNull(strategyName);
        ArgumentNullException.ThrowIfNull(fields);
        StrategyName = strategyName;
        Fields = fields;
    }

    /// <summary>The strategy's name when captured.</summary>
    public string StrategyName { get; }

    /// <summary>The persisted fields, in declaration order.</summary>
    public IReadOnlyList<PersistedField> Fields { get; }

    /// <summary>The snapshot as MessagePack: <c>[version, name, [[field, type, value], ...]]</c>.</summary>
    public byte[] ToBytes()
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new MessagePackWriter(buffer);
        writer.WriteArrayHeader(3);
        writer.Write(FormatVersion);
        writer.Write(StrategyName);
        writer.WriteArrayHeader(Fields.Count);
        foreach (var field in Fields)
        {
            writer.WriteArrayHeader(3);
            writer.Write(field.Name);
            writer.Write(field.Type);
            writer.Write(field.Value.Span);
        }
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads a snapshot written by <see cref="ToBytes"/>.</summary>
    /// <exception cref="PersistentStateException">The bytes are not a snapshot of this format.</exception>
    public static StrategyStateSnapshot FromBytes(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            var reader = new MessagePackReader(bytes);
            if (reader.ReadArrayHeader() != 3 || reader.ReadInt32() != FormatVersion)
                throw new PersistentStateException("Not a strategy state snapshot of format version 1.");
            string name = reader.ReadString() ?? "";
            int count = reader.ReadArrayHeader();
            var fields = new PersistedField[count];
            for (int i = 0; i < count; i++)
            {
                if (reader.ReadArrayHeader() != 3) throw new PersistentStateException($"Snapshot field {i} is malformed.");
                string field = reader.ReadString() ?? "";
                string type = reader.ReadString() ?? "";
                var value = reader.ReadBytes() ?? throw new PersistentStateException($"Snapshot field {field} has no value.");
                fields[i] = new PersistedField(field, type, value.ToArray());
            }
            return new StrategyStateSnapshot(name, fields);
        }
        catch (MessagePackSerializationException e)
        {
            throw new PersistentStateException("The strategy state snapshot is damaged: " + e.Message, e);
        }
        catch (EndOfStreamException e)
        {
            throw new PersistentStateException("The strategy state snapshot is truncated.", e);
        }
    }
}
