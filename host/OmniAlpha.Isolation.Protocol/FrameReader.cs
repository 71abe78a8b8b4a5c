using System.Buffers.Binary;

namespace OmniAlpha.Isolation.Protocol;

/// <summary>
/// Reads the frames <see cref="FrameWriter"/> writes. Blocks until a whole frame has arrived. Not thread-safe.
/// </summary>
public sealed class FrameReader(Stream stream)
{
    private byte[] _buffer = new byte[4096];

    /// <summary>
    /// Reads the next frame; false when the stream ended cleanly between frames (the other side closed or exited).
    /// </summary>
    /// <exception cref="ProtocolException">The stream ended inside a frame, or the length prefix is zero or over the limit.</exception>
    public bool TryRead(out Frame frame)
    {
        frame = default;
        Span<byte> prefix = stackalloc byte[IsolationProtocol.LengthPrefixBytes];
        int got = ReadAtMost(prefix);
        if (got == 0) return false;
        if (got < prefix.Length) throw new ProtocolException($"truncated frame: the stream ended after {got} of {prefix.Length} length bytes");
        uint length = BinaryPrimitives.ReadUInt32LittleEndian(prefix);
        if (length == 0) throw new ProtocolException("malformed frame: length 0 (a frame holds at least its type byte)");
        if (length > IsolationProtocol.MaxFrameBytes)
            throw new ProtocolException($"malformed frame: length {length:N0} exceeds the protocol limit of {IsolationProtocol.MaxFrameBytes:N0} bytes");
        if (_buffer.Length < length) _buffer = new byte[Math.Max(length, (uint)_buffer.Length * 2)];
        int body = ReadAtMost(_buffer.AsSpan(0, (int)length));
        if (body < length) throw new ProtocolException($"truncated frame: the stream ended after {body:N0} of {length:N0} bytes");
        frame = new Frame((MessageType)_buffer[0], _buffer.AsMemory(1, (int)length - 1));
        return true;
    }

    /// <summary>Reads the next frame.</summary>
    /// <exception cref="EndOfStreamException">The stream ended between frames; <paramref name="context"/> says what was awaited.</exception>
    /// <exception cref="ProtocolException">The frame is malformed.</exception>
    public Frame Read(string context) =>
        TryRead(out var frame) ? frame : throw new EndOfStreamException($"the stream ended {context}");

    private int ReadAtMost(Span<byte> target)
    {
        int total = 0;
        while (total < target.Length)
        {
            int n = stream.Read(target[total..]);
            if (n == 0) break;
            total += n;
        }
        return total;
    }
}
