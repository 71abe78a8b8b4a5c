using Microsoft.Extensions.Logging;
using OmniAlpha.Isolation.Protocol;
using OmniAlpha.Isolation.Protocol.Messages;
using OmniAlpha.Scripting;

namespace OmniAlpha.Isolation;

/// <summary>
/// Starts a worker for one script and performs the handshake: Hello (protocol version, the source, compile options,
/// budgets) answered by Ready (strategy name, the hash of what it compiled) or Refused. Every restart goes through it.
/// </summary>
internal sealed class WorkerLauncher(string displayPath, string sourceText, IsolatedStrategyOptions options)
{
    /// <summary>SHA-256 of the script text the host sends; the worker must report the same.</summary>
    public string SourceHash { get; } = HashOf(sourceText);

    public string DisplayPath => displayPath;

    /// <summary>The version announced in Hello; only tests change it (to prove a mismatch is refused).</summary>
    internal int HelloProtocolVersion { get; init; } = IsolationProtocol.Version;

    /// <summary>Starts a worker and completes the handshake.</summary>
    /// <exception cref="StrategyCompilationException">The script does not compile (diagnostics as in process).</exception>
    /// <exception cref="IsolatedWorkerException">The worker cannot start, refuses the session, or answers wrongly.</exception>
    public (WorkerProcess Worker, ReadyMessage Ready) Launch(Func<ILogger> logger)
    {
        var worker = WorkerProcess.Start(options.WorkerPath, logger);
        try
        {
            return (worker, Handshake(worker));
        }
        catch
        {
            worker.Kill();
            worker.Dispose();
            throw;
        }
    }

    private ReadyMessage Handshake(WorkerProcess worker)
    {
        worker.BeginDeadline(options.StartTimeout);
        Frame frame;
        try
        {
            worker.Writer.Write(MessageType.Hello, new HelloMessage
            {
                ProtocolVersion = HelloProtocolVersion,
                DisplayPath = displayPath,
                SourceText = sourceText,
                Sandboxed = options.Sandboxed,
                Budgets = options.Budgets is { } budgets ? SdkMapping.ToDto(budgets) : null,
            });
            frame = worker.Reader.Read("before the worker answered the handshake");
        }
        catch (Exception e) when (e is IOException or ProtocolException)
        {
            string why = worker.WasKilledForHang
                ? $"did not answer within {options.StartTimeout.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} s"
                : $"failed to start: {e.Message}{(worker.StderrTail() is { Length: > 0 } tail ? " (" + tail + ")" : "")}";
            throw new IsolatedWorkerException($"strategy worker for {displayPath} {why}", e);
        }
        finally
        {
            worker.EndDeadline();
        }

        switch (frame.Type)
        {
            case MessageType.Refused:
                var refused = Read<RefusedMessage>(frame);
                if (refused.Diagnostics.Length > 0) throw new StrategyCompilationException(displayPath, refused.Diagnostics);
                throw new IsolatedWorkerException($"strategy worker refused {displayPath}: {refused.Reason}");
            case MessageType.Ready:
                var ready = Read<ReadyMessage>(frame);
                if (ready.ProtocolVersion != IsolationProtocol.Version)
                    throw new IsolatedWorkerException(
                        $"strategy worker speaks protocol version {ready.ProtocolVersion}, this host speaks {IsolationProtocol.Version}: install matching versions");
                if (!string.Equals(ready.SourceHash, SourceHash, StringComparison.Ordinal))
                    throw new IsolatedWorkerException(
                        $"strategy worker compiled a different source than {displayPath} (sha256 {ready.SourceHash}, expected {SourceHash})");
                return ready;
            default:
                throw new IsolatedWorkerException($"strategy worker for {displayPath} answered the handshake with an unexpected {Frame.Describe(frame.Type)} frame");
        }
    }

    /// <summary>SHA-256 (lowercase hex) of a script's UTF-8 text, as the compiler reports it.</summary>
    private static string HashOf(string sourceText) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sourceText)));

    private T Read<T>(Frame frame)
    {
        try { return frame.Read<T>(); }
        catch (ProtocolException e) { throw new IsolatedWorkerException($"strategy worker for {displayPath}: {e.Message}", e); }
    }
}
