using MessagePack;

namespace OmniAlpha.Isolation.Protocol;

/// <summary>
/// One received frame: its type and its MessagePack body. The body is a view of the reader's buffer, valid until the
/// next read.
/// </summary>
public readonly struct Frame
{
    /// <summary>Creates a frame view.</summary>
    public Frame(MessageType type, ReadOnlyMemory<byte> body)
    {
        Type = type;
        Body = body;
    }

    /// <summary>What the body is.</summary>
    public MessageType Type { get; }

    /// <summary>The MessagePack body (empty for messages without one).</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>Deserializes the body as <typeparamref name="T"/>.</summary>
    /// <exception cref="ProtocolException">The body is not a valid <typeparamref name="T"/>.</exception>
    public T Read<T>()
    {
        try
        {
            var value = MessagePackSerializer.Deserialize<T>(Body, ProtocolSerializer.Options, out int read);
            if (read != Body.Length) throw new ProtocolException($"malformed {Type} frame: {Body.Length - read} bytes after the {typeof(T).Name} body");
            return value ?? throw new ProtocolException($"malformed {Type} frame: the {typeof(T).Name} body is nil");
        }
        catch (MessagePackSerializationException e)
        {
            throw new ProtocolException($"malformed {Type} frame: {typeof(T).Name} body cannot be read ({Innermost(e).Message})", e);
        }
    }

    /// <summary>Throws a <see cref="ProtocolException"/> unless this frame is of type <paramref name="expected"/>.</summary>
    public Frame Expect(MessageType expected, string context)
    {
        if (Type != expected) throw new ProtocolException($"unexpected {Describe(Type)} frame {context} (expected {expected})");
        return this;
    }

    /// <summary>The type's name, or its number when it is not a known type.</summary>
    public static string Describe(MessageType type) => Enum.IsDefined(type) ? type.ToString() : $"unknown type {(byte)type}";

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e;
    }
}
