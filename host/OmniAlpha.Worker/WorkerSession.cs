using OmniAlpha.Isolation.Protocol;
using OmniAlpha.Isolation.Protocol.Messages;
using OmniAlpha.Scripting;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Worker;

/// <summary>
/// One worker session: the handshake (protocol version, compile the script the host sent), then callbacks until the
/// host closes the input. The worker runs one strategy instance; a restart is a new process.
/// </summary>
internal sealed class WorkerSession(Stream input, Stream output, TextWriter diagnostics)
{
    private readonly FrameReader _reader = new(new BufferedStream(input, 64 * 1024));
    private readonly FrameWriter _writer = new(output);

    /// <summary>Runs the session; returns the process exit code (<see cref="WorkerExitCode"/>).</summary>
    public int Run()
    {
        try
        {
            if (!_reader.TryRead(out var first)) return WorkerExitCode.Ok;
            var hello = first.Expect(MessageType.Hello, "at the start of a session").Read<HelloMessage>();
            if (hello.ProtocolVersion != IsolationProtocol.Version)
                return Refuse($"protocol version {hello.ProtocolVersion} is not supported: omnialpha-worker speaks protocol {IsolationProtocol.Version}");
            var (strategy, compiled) = Load(hello);
            if (strategy is null) return WorkerExitCode.Refused;
            _writer.Write(MessageType.Ready, new ReadyMessage
            {
                ProtocolVersion = IsolationProtocol.Version,
                StrategyName = strategy.Name,
                SourceHash = compiled!.SourceHash,
                Warnings = compiled.Warnings.ToArray(),
            });
            var budgets = hello.Budgets is { } dto ? SdkMapping.FromDto(dto) : null;
            return Serve(strategy, new CallbackRunner(strategy, budgets, _writer));
        }
        catch (Exception e) when (e is ProtocolException or IOException)
        {
            diagnostics.WriteLine($"omnialpha-worker: {e.Message}");
            return WorkerExitCode.ProtocolError;
        }
    }

    private (Strategy? Strategy, CompiledStrategy? Compiled) Load(HelloMessage hello)
    {
        CompiledStrategy compiled;
        try
        {
            compiled = new StrategyCompiler(new StrategyCompilerOptions { Sandboxed = hello.Sandboxed }).Compile(hello.DisplayPath, hello.SourceText);
        }
        catch (StrategyCompilationException e)
        {
            Refuse($"{hello.DisplayPath} does not compile", e.Diagnostics.ToArray());
            return (null, null);
        }
        try
        {
            return (compiled.CreateInstance(), compiled);
        }
        catch (Exception e)
        {
            Refuse($"the constructor of {compiled.StrategyType.Name} threw {e.GetType().Name}: {e.Message}");
            return (null, null);
        }
    }

    private int Serve(Strategy strategy, CallbackRunner runner)
    {
        var host = new HostConnection(_reader, _writer);
        RemoteStrategyContext? context = null;
        while (_reader.TryRead(out var frame))
        {
            if (frame.Type is < MessageType.Start or > MessageType.End)
                throw new ProtocolException($"unexpected {Frame.Describe(frame.Type)} frame between callbacks");
            var callback = frame.Read<CallbackMessage>();
            if (frame.Type == MessageType.Start)
            {
                if (context is not null) throw new ProtocolException("a second Start in one session");
                context = new RemoteStrategyContext(host, callback.Start ?? throw new ProtocolException("Start frame without its run facts"));
                strategy.Attach(context);
            }
            else if (context is null)
            {
                throw new ProtocolException($"{frame.Type} frame before Start");
            }
            context.BeginCallback(callback);
            Dispatch(frame.Type, callback, strategy, context, runner);
            if (host.Fault is { } fault) throw fault;
        }
        return WorkerExitCode.Ok;
    }

    private static void Dispatch(MessageType type, CallbackMessage callback, Strategy strategy, RemoteStrategyContext context, CallbackRunner runner)
    {
        switch (type)
        {
            case MessageType.Start:
                runner.Run(strategy, static s => s.OnStart());
                break;
            case MessageType.Bar:
                var bar = SdkMapping.FromDto(callback.Bar ?? throw new ProtocolException("Bar frame without its bar"));
                runner.Run((strategy, bar), static s => s.strategy.OnBar(in s.bar));
                break;
            case MessageType.OrderEvent:
                var orderEvent = SdkMapping.FromDto(callback.OrderEvent ?? throw new ProtocolException("OrderEvent frame without its event"));
                runner.Run((strategy, orderEvent), static s => s.strategy.OnOrderEvent(s.orderEvent));
                break;
            case MessageType.Scheduled:
                runner.Run(context.ScheduledCallback(callback.CallbackId), static action => action());
                break;
            case MessageType.End:
                runner.Run(strategy, static s => s.OnEnd());
                break;
        }
    }

    private int Refuse(string reason, string[]? diagnostics = null)
    {
        _writer.Write(MessageType.Refused, new RefusedMessage
        {
            ProtocolVersion = IsolationProtocol.Version,
            Reason = reason,
            Diagnostics = diagnostics ?? [],
        });
        return WorkerExitCode.Refused;
    }
}
