using MessagePack;
using MessagePack.Formatters;
using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Scripting.Persistence;

/// <summary>MessagePack form of a <see cref="Symbol"/>: its ticker as a string (nil for the empty symbol).</summary>
internal sealed class SymbolFormatter : IMessagePackFormatter<Symbol>
{
    public static SymbolFormatter Instance { get; } = new();

    public void Serialize(ref MessagePackWriter writer, Symbol value, MessagePackSerializerOptions options)
    {
        if (value.IsEmpty) writer.WriteNil();
        else writer.Write(value.Value);
    }

    public Symbol Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options) =>
        reader.TryReadNil() ? default : new Symbol(reader.ReadString()!);
}
