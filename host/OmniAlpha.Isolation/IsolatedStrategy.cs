using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OmniAlpha.Isolation.Protocol;
using OmniAlpha.Isolation.Protocol.Messages;
using OmniAlpha.Scripting;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Isolation;

/// <summary>
/// A strategy whose code runs in a separate <c>omnialpha-worker</c> process. The kernel runs this proxy like any other
/// strategy; each callback becomes a frame to the worker, and the kernel calls the script makes while it runs are
/// served on the engine thread, so results are the same as in process. Create it with
/// <see cref="IsolatedStrategyFactory"/>; dispose it to end the worker.
/// </summary>
/// <remarks>
/// A crash, a hang (<see cref="IsolatedStrategyOptions.CallbackTimeout"/>), a budget breach or a protocol error kills
/// the worker; <see cref="IsolatedStrategyOptions.FailurePolicy"/> then either starts a fresh worker that continues with
/// a new <c>OnStart</c> (the failed callback is not replayed), or stops the strategy by failing the callback. The
/// kernel's orders and positions are never touched by a failure. An ordinary exception thrown by the script fails the
/// callback exactly as in process: the kernel sees the same exception type and message (the worker's stack trace is
/// attached as the remote stack trace).
/// </remarks>
public sealed class IsolatedStrategy : Strategy, IDisposable
{
    private readonly WorkerLauncher _launcher;
    private readonly IsolatedStrategyOptions _options;
    private readonly string _name;
    private WorkerProcess? _worker;
    private KernelRequestServer? _server;
    private ILogger _logger = NullLogger.Instance;
    private bool _stopped;
    // The per-bar message is reused: it is serialized before Invoke returns and the worker never sees the object.
    private readonly CallbackMessage _barMessage = new() { Bar = new BarDto(), Position = new PositionDto() };

    internal IsolatedStrategy(WorkerLauncher launcher, IsolatedStrategyOptions options)
    {
        _launcher = launcher;
        _options = options;
        var (worker, ready) = launcher.Launch(() => _logger);
        _worker = worker;
        _name = ready.StrategyName;
        Warnings = ready.Warnings;
        SourceHash = ready.SourceHash;
    }

    /// <inheritdoc />
    public override string Name => _name;

    /// <summary>Compiler warnings of the script.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>SHA-256 of the script the worker compiled.</summary>
    public string SourceHash { get; }

    /// <summary>Workers started after a failure in this run.</summary>
    public int Restarts { get; private set; }

    /// <summary>True once the failure policy stopped the strategy (later callbacks are skipped).</summary>
    public bool IsStopped => _stopped;

    /// <summary>Process id of the current worker, or null when none runs.</summary>
    public int? WorkerProcessId => _worker?.ProcessId;

    /// <summary>Worker requests the kernel served (a measure of the round trips the script made).</summary>
    public long RequestsServed => _server?.RequestsServed ?? 0;

    /// <inheritdoc />
    public override void OnStart()
    {
        _logger = Context.Logger;
        _server = new KernelRequestServer(Context, RunScheduled);
        Invoke(MessageType.Start, StartMessage(isRestart: false), nameof(OnStart));
    }

    /// <inheritdoc />
    public override void OnBar(in Bar bar)
    {
        if (_stopped) return;
        var message = _barMessage;
        message.UtcNow = SdkMapping.ToWire(Context.UtcNow);
        message.IsWarmingUp = Context.IsWarmingUp;
        SdkMapping.CopyTo(in bar, message.Bar!);
        SdkMapping.CopyTo(Context.Portfolio.GetPosition(bar.Symbol), message.Position!);
        Invoke(MessageType.Bar, message, nameof(OnBar));
    }

    /// <inheritdoc />
    public override void OnOrderEvent(OrderEvent orderEvent)
    {
        if (_stopped) return;
        var message = State();
        message.OrderEvent = SdkMapping.ToDto(orderEvent);
        Invoke(MessageType.OrderEvent, message, nameof(OnOrderEvent));
    }

    /// <inheritdoc />
    public override void OnEnd()
    {
        if (_stopped) return;
        Invoke(MessageType.End, State(), nameof(OnEnd));
    }

    /// <summary>Ends the worker (closes its input; kills it if it does not exit).</summary>
    public void Dispose()
    {
        _worker?.Dispose();
        _worker = null;
    }

    private void RunScheduled(int slot)
    {
        if (_stopped || !_server!.TryGetScheduled(slot, out int callbackId)) return;
        var message = State();
        message.CallbackId = callbackId;
        Invoke(MessageType.Scheduled, message, "scheduled callback");
    }

    private CallbackMessage State() => new() { UtcNow = SdkMapping.ToWire(Context.UtcNow), IsWarmingUp = Context.IsWarmingUp };

    private CallbackMessage StartMessage(bool isRestart)
    {
        var message = State();
        var symbols = Context.Symbols;
        var names = new string[symbols.Count];
        for (int i = 0; i < names.Length; i++) names[i] = symbols[i].Value;
        message.Start = new StartPayload
        {
            Symbols = names,
            Account = SdkMapping.ToDto(Context.Portfolio.Account),
            EnabledLogLevels = _server!.EnabledLogLevels(),
            IsRestart = isRestart,
        };
        return message;
    }

    private void Invoke(MessageType type, CallbackMessage message, string callback)
    {
        if (_worker is null) throw new ObjectDisposedException(nameof(IsolatedStrategy), $"isolated strategy {Name}: its worker was disposed");
        try
        {
            var failed = _server!.Run(_worker, type, message, _options.CallbackTimeout);
            if (failed is null) return;
            if (!failed.IsBudgetBreach) throw ScriptException(failed);
            _worker.Kill(); // a breach can leave the script's state half-updated: never run that instance again
            OnWorkerFailure(new WorkerFailureException(WorkerFailureKind.BudgetBreach, $"{failed.ExceptionType}: {failed.Message}", failed.Detail), callback);
        }
        catch (WorkerFailureException failure)
        {
            OnWorkerFailure(failure, callback);
        }
    }

    /// <summary>
    /// What the script threw, as the kernel would have caught it in process: the same type and message for common
    /// exception types (with the script's stack trace from the worker), else an <see cref="IsolatedStrategyException"/>.
    /// </summary>
    private static Exception ScriptException(CallbackFailedMessage failed)
    {
        if (RemoteExceptions.Create(failed.ExceptionType, failed.Message) is not { } same)
            return new IsolatedStrategyException($"{failed.ExceptionType}: {failed.Message}", failed.ExceptionType, null, failed.Detail);
        return ExceptionDispatchInfo.SetRemoteStackTrace(same, failed.Detail);
    }

    private void OnWorkerFailure(WorkerFailureException failure, string callback)
    {
        _worker?.Dispose();
        _worker = null;
        string at = $"in {callback} at {Context.UtcNow:yyyy-MM-dd'T'HH:mm:ss'Z'}";
        if (_options.FailurePolicy == WorkerFailurePolicy.Restart && Restarts < _options.MaxRestarts)
        {
            Restarts++;
            _logger.LogWarning(
                "isolated strategy {Strategy}: worker failed {At} ({Kind}: {Reason}); starting a new worker, restart {Restart} of {Max}; the kernel keeps its orders and positions",
                Name, at, failure.Kind, failure.Message, Restarts, _options.MaxRestarts);
            Restart();
            return;
        }
        _stopped = true;
        string limit = _options.FailurePolicy == WorkerFailurePolicy.Restart ? $" after {Restarts} restart(s)" : "";
        _logger.LogError("isolated strategy {Strategy}: worker failed {At} ({Kind}: {Reason}); strategy stopped{Limit}",
            Name, at, failure.Kind, failure.Message, limit);
        throw new IsolatedStrategyException($"worker {failure.Kind}: {failure.Message}; strategy stopped{limit}", null, failure.Kind, failure.Detail);
    }

    private void Restart()
    {
        try
        {
            (_worker, _) = _launcher.Launch(() => _logger);
        }
        catch (Exception e) when (e is IsolatedWorkerException or StrategyCompilationException)
        {
            _stopped = true;
            throw new IsolatedStrategyException($"the worker could not be restarted: {e.Message}; strategy stopped", null, null, e.ToString());
        }
        _server!.NewGeneration();
        // The failed callback is not replayed: the fresh instance starts from OnStart and sees the kernel's current
        // orders and positions. A failure of that OnStart counts as another failure.
        _server.IsRestart = true;
        try { Invoke(MessageType.Start, StartMessage(isRestart: true), nameof(OnStart) + " (restart)"); }
        finally { _server.IsRestart = false; }
    }
}
