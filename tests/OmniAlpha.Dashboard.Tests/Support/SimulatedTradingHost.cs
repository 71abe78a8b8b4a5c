using OmniAlpha.Kernel.Live;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Dashboard.Tests.Support;

/// <summary>
/// A stand-in for the live engine behind the API until <c>omnialpha serve</c> is available: three strategies whose
/// prices move every step (so P&amp;L and equity change live), and commands applied the way the engine applies them
/// (start/stop/pause/resume with 409 on a wrong state, kill with optional flatten, trading states).
/// </summary>
internal sealed class SimulatedTradingHost : ITradingHost, IAsyncDisposable
{
    private static readonly DateTime Start = new(2024, 3, 1, 14, 30, 0, DateTimeKind.Utc);

    private readonly Lock _gate = new();
    private readonly List<SimulatedStrategy> _strategies;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private LiveHostSnapshot _current = LiveHostSnapshot.Empty;
    private TradingState _hostState = TradingState.Active;
    private DateTime _dataTime = Start;
    private long _version;
    private long _step;
    private long _nextFillId = 1;

    public SimulatedTradingHost(TimeSpan stepInterval)
    {
        var sma = new SimulatedStrategy("sma-spy", "SmaCross", "SmaCross.cs", "SPY", 100_000m);
        sma.Buy(_nextFillId++, 10m, 400.10m, Start);
        sma.OpenOrders.Add(new Order(100, "sma-spy-100", "SPY", OrderSide.Buy, OrderType.Limit, 5m, Start)
        {
            LimitPrice = 395.5m,
            Status = OrderStatus.Accepted,
            LastUpdateTime = Start,
        });
        var momentum = new SimulatedStrategy("mom-qqq", "Momentum", "Momentum.js", "QQQ", 50_000m);
        momentum.Buy(_nextFillId++, 20m, 350.25m, Start);
        // Flat and paused: its numbers never move, so a test can compare them with the API exactly.
        var rsi = new SimulatedStrategy("rsi-iwm", "RsiReversion", "RsiReversion.cs", "IWM", 25_000m)
        {
            Status = StrategyStatus.Paused,
            TradingState = TradingState.Reducing,
            RealizedPnl = 0.25m,
            Cash = 25_000.25m,
        };
        _strategies = [sma, momentum, rsi];
        lock (_gate)
        {
            foreach (var s in _strategies) s.Curve.Add(new EquitySample(Start, s.Equity));
            Publish();
        }
        _loop = Task.Run(() => RunAsync(stepInterval, _stop.Token));
    }

    public LiveHostSnapshot Current => Volatile.Read(ref _current);

    public bool IsReady => true;

    public event Action<LiveHostSnapshot>? SnapshotPublished;

    public Task<CommandResult> ExecuteAsync(TradingCommand command, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var result = Apply(command);
            if (result.Succeeded)
                Publish();
            return Task.FromResult(result);
        }
    }

    private CommandResult Apply(TradingCommand command)
    {
        if (command.StrategyId is null)
        {
            switch (command.Kind)
            {
                case TradingCommandKind.SetTradingState when command.State is { } state:
                    _hostState = state;
                    return CommandResult.Ok;
                case TradingCommandKind.Kill:
                    foreach (var s in _strategies) Kill(s, command.Flatten);
                    _hostState = TradingState.Halted;
                    return CommandResult.Ok;
                default:
                    return CommandResult.Fail(CommandErrorKind.Invalid, $"{command.Kind} needs a strategy id");
            }
        }
        var strategy = _strategies.FirstOrDefault(s => s.Id == command.StrategyId);
        if (strategy is null)
            return CommandResult.Fail(CommandErrorKind.NotFound, $"no strategy '{command.StrategyId}'");
        switch (command.Kind)
        {
            case TradingCommandKind.Start:
                return Transition(strategy, [StrategyStatus.Stopped, StrategyStatus.Failed], StrategyStatus.Running, "stopped");
            case TradingCommandKind.Stop:
                var stopped = Transition(strategy, [StrategyStatus.Starting, StrategyStatus.Running, StrategyStatus.Paused],
                    StrategyStatus.Stopped, "running or paused");
                if (stopped.Succeeded) strategy.OpenOrders.Clear();
                return stopped;
            case TradingCommandKind.Pause:
                return Transition(strategy, [StrategyStatus.Running], StrategyStatus.Paused, "running");
            case TradingCommandKind.Resume:
                return Transition(strategy, [StrategyStatus.Paused], StrategyStatus.Running, "paused");
            case TradingCommandKind.SetTradingState when command.State is { } state:
                strategy.TradingState = state;
                return CommandResult.Ok;
            case TradingCommandKind.Kill:
                Kill(strategy, command.Flatten);
                return CommandResult.Ok;
            default:
                return CommandResult.Fail(CommandErrorKind.Invalid, $"the simulated host does not support {command.Kind}");
        }
    }

    private static CommandResult Transition(SimulatedStrategy strategy, StrategyStatus[] from, StrategyStatus to, string expected)
    {
        if (!from.Contains(strategy.Status))
            return CommandResult.Fail(CommandErrorKind.Conflict, $"strategy '{strategy.Id}' is not {expected} (it is {strategy.Status})");
        strategy.Status = to;
        return CommandResult.Ok;
    }

    private void Kill(SimulatedStrategy strategy, bool flatten)
    {
        strategy.OpenOrders.Clear();
        if (flatten) strategy.Flatten(_nextFillId++, _dataTime);
        strategy.TradingState = TradingState.Halted;
    }

    private async Task RunAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                lock (_gate)
                {
                    Step();
                    Publish();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // disposed
        }
    }

    /// <summary>One minute of data: every held symbol moves by a few cents in a repeating pattern, and is marked.</summary>
    private void Step()
    {
        _step++;
        _dataTime = _dataTime.AddMinutes(1);
        decimal move = ((_step % 7) - 3) * 0.05m + (_step % 2 == 0 ? 0.01m : -0.01m);
        foreach (var s in _strategies)
        {
            if (s.Quantity != 0m)
                s.LastPrice += move;
            s.Curve.Add(new EquitySample(_dataTime, s.Equity));
        }
    }

    private void Publish()
    {
        var snapshot = new LiveHostSnapshot(++_version, DateTime.UtcNow, _dataTime, _hostState,
            _strategies.Select(s => s.Snapshot()).ToList(),
            new EngineStats(_step, _step * _strategies.Count, 2, 0, _nextFillId - 1, _step, 0.0042, 120, 800));
        Volatile.Write(ref _current, snapshot);
        SnapshotPublished?.Invoke(snapshot);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
