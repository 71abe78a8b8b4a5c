using MessagePack;
using MessagePack.Formatters;

namespace OmniAlpha.Isolation.Protocol;

/// <summary>
/// Writes a <see cref="decimal"/> as its four 32-bit parts (<see cref="decimal.GetBits(decimal)"/>): exact, scale included
/// (1.50 stays 1.50), no text formatting. The default MessagePack formatter writes decimals as strings.
/// </summary>
public sealed class ExactDecimalFormatter : IMessagePackFormatter<decimal>
{
    /// <summary>The shared instance.</summary>
    public static readonly ExactDecimalFormatter Instance = new();

    /// <inheritdoc />
    public void Serialize(ref MessagePackWriter writer, decimal value, MessagePackSerializerOptions options)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        writer.WriteArrayHeader(4);
        for (int i = 0; i < 4; i++) writer.Write(bits[i]);
    }

    /// <inheritdoc />
    public decimal Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options)
    {
        if (reader.ReadArrayHeader() != 4) throw new MessagePackSerializationException("a decimal is an array of 4 integers");
        Span<int> bits = stackalloc int[4];
        for (int i = 0; i < 4; i++) bits[i] = reader.ReadInt32();
        try { return new decimal(bits); }
        catch (ArgumentException) { throw new MessagePackSerializationException($"invalid decimal bits [{bits[0]}, {bits[1]}, {bits[2]}, {bits[3]}]"); }
    }
}
