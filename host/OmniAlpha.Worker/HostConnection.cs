using OmniAlpha.Isolation.Protocol;
using OmniAlpha.Isolation.Protocol.Messages;

namespace OmniAlpha.Worker;

/// <summary>
/// The worker's end of the pipe: sends requests to the host and waits for their replies. While a callback runs the
/// host only ever answers the worker's last request, so a reply is always the next frame.
/// </summary>
internal sealed class HostConnection(FrameReader reader, FrameWriter writer)
{
    /// <summary>Round trips made so far (requests that waited for a reply).</summary>
    public long RoundTrips { get; private set; }

    /// <summary>
    /// The first transport or protocol failure, kept because strategy code may catch and swallow it: once set, every
    /// request fails again and the session ends after the callback.
    /// </summary>
    public Exception? Fault { get; private set; }

    /// <summary>Sends a request and returns the host's reply, or throws the error the kernel raised serving it.</summary>
    public TReply Request<TRequest, TReply>(MessageType type, TRequest request)
    {
        ThrowIfFaulted();
        try { writer.Write(type, request); }
        catch (Exception e) when (IsTransport(e)) { throw Broken(e); }
        return Await<TReply>(type);
    }

    /// <summary>Sends a request without a body and returns the reply.</summary>
    public TReply Request<TReply>(MessageType type)
    {
        ThrowIfFaulted();
        try { writer.Write(type); }
        catch (Exception e) when (IsTransport(e)) { throw Broken(e); }
        return Await<TReply>(type);
    }

    /// <summary>Sends a one-way message (no reply).</summary>
    public void Notify<T>(MessageType type, T message)
    {
        ThrowIfFaulted();
        try { writer.Write(type, message); }
        catch (Exception e) when (IsTransport(e)) { throw Broken(e); }
    }

    private TReply Await<TReply>(MessageType request)
    {
        RoundTrips++;
        CallError error;
        try
        {
            if (!reader.TryRead(out var frame)) throw new EndOfStreamException($"the host closed the connection while the worker waited for the reply to {request}");
            if (frame.Type == MessageType.Reply) return frame.Read<TReply>();
            if (frame.Type != MessageType.CallError)
                throw new ProtocolException($"unexpected {Frame.Describe(frame.Type)} frame while waiting for the reply to {request}");
            error = frame.Read<CallError>();
        }
        catch (Exception e) when (IsTransport(e)) { throw Broken(e); }
        throw RemoteErrors.Rethrow(error);
    }

    private static bool IsTransport(Exception e) => e is ProtocolException or IOException;

    private Exception Broken(Exception e)
    {
        Fault ??= e;
        return e;
    }

    private void ThrowIfFaulted()
    {
        if (Fault is not null) throw new IOException("the connection to the host is broken: " + Fault.Message, Fault);
    }
}
