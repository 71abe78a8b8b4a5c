using System.Buffers;
using System.Buffers.Binary;
using MessagePack;

namespace OmniAlpha.Isolation.Protocol;

/// <summary>
/// Writes frames to a stream: a 4-byte little-endian length, the <see cref="MessageType"/> byte, then the MessagePack
/// body. Each frame is one write followed by a flush, so the other side never waits on a half-sent frame.
/// Not thread-safe: one writer per direction.
/// </summary>
public sealed class FrameWriter(Stream stream)
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);

    /// <summary>Frames written so far.</summary>
    public long FramesWritten { get; private set; }

    /// <summary>Writes a frame without a body.</summary>
    public void Write(MessageType type)
    {
        Begin(type);
        Send();
    }

    /// <summary>Writes a frame with <paramref name="body"/>.</summary>
    public void Write<T>(MessageType type, T body)
    {
        Begin(type);
        MessagePackSerializer.Serialize(_buffer, body, ProtocolSerializer.Options);
        Send();
    }

    /// <summary>Writes raw bytes as they are (tests use it to send malformed frames).</summary>
    public void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        stream.Write(bytes);
        stream.Flush();
    }

    private void Begin(MessageType type)
    {
        _buffer.ResetWrittenCount();
        var header = _buffer.GetSpan(IsolationProtocol.LengthPrefixBytes + 1);
        header[IsolationProtocol.LengthPrefixBytes] = (byte)type;
        _buffer.Advance(IsolationProtocol.LengthPrefixBytes + 1);
    }

    private void Send()
    {
        int length = _buffer.WrittenCount - IsolationProtocol.LengthPrefixBytes;
        if (length > IsolationProtocol.MaxFrameBytes)
            throw new ProtocolException($"frame of {length:N0} bytes exceeds the protocol limit of {IsolationProtocol.MaxFrameBytes:N0} bytes");
        // ArrayBufferWriter's written memory is writable: patch the length in place.
        var written = System.Runtime.InteropServices.MemoryMarshal.AsMemory(_buffer.WrittenMemory).Span;
        BinaryPrimitives.WriteUInt32LittleEndian(written, (uint)length);
        stream.Write(written);
        stream.Flush();
        FramesWritten++;
    }
}
