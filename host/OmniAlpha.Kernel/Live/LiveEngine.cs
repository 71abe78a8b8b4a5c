using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OmniAlpha.Kernel.Engine;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Sdk.Brokerage;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Kernel.Live;

/// <summary>
/// The live (real-time) engine: the backtester's kernel and strategy code driven by a live feed and the wall clock,
/// many strategies at once, each in its own <see cref="StrategySlot"/> with a paper venue behind a write-ahead queue.
/// One engine thread does everything: for each time slice it steps every strategy in deployment order (the backtest's
/// exact sequence), commits ONE journal batch with everything the step produced, and only then releases the queued
/// orders to the venues. Commands are applied between slices. <see cref="StartAsync"/> is the same code path for a clean
/// start and a crash recovery: load the journal, recreate the strategies, replay history through the same step code up
/// to the journal's last data time (checking every order and fill against the journal), reconcile, then go live.
/// </summary>
public sealed partial class LiveEngine : ITradingHost, IAsyncDisposable
{
    /// <summary>Data time of what happened before the first slice (e.g. the first deployment).</summary>
    private static readonly DateTime BeforeData = DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc);
    private readonly LiveEngineOptions _options;
    private readonly ITradingJournal _journal;
    private readonly IStrategyFactory _factory;
    private readonly ILiveDataFeed _feed;
    private readonly IBarHistory _history;
    private readonly Dictionary<Symbol, Instrument> _instruments;
    private readonly Func<IReadOnlyList<Instrument>, ISimulatedBrokerage> _venues;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly SliceQueue _queue;
    private readonly List<StrategySlot> _slots = [];
    private readonly List<SlotJournalCursor> _cursors = [];
    private readonly ConcurrentQueue<PendingCommand> _commands = new();
    private readonly JournalBatchBuilder _batch = new();
    private readonly HashSet<Symbol> _subscribed = [];
    private readonly LatencyHistogram _latency = new();
    private readonly EngineMetrics _metrics;
    private LiveHostSnapshot _snapshot = LiveHostSnapshot.Empty;
    private Thread? _thread;
    private volatile bool _ready;
    private volatile bool _stopping;
    private volatile bool _crash;
    private bool _catchingUp;
    private bool _dirty;
    private long _sequence;
    private DateTime? _dataTime;
    private TradingState _hostState = TradingState.Active;
    private long _steps, _bars, _ordersSubmitted, _ordersRejected, _fills, _commits;
    private double _lagSeconds;
    private long _dataTicks = -1;
    private long _lastCheckpoint, _lastSnapshot;
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Creates an engine; nothing runs until <see cref="StartAsync"/>.</summary>
    /// <param name="options">Timers, capacities, policies, clock.</param>
    /// <param name="journal">The durable record (loaded at start, one commit per step with output).</param>
    /// <param name="factory">Turns journaled script versions into strategy instances.</param>
    /// <param name="feed">Live bars (a <see cref="ReplayFeed"/> or a vendor feed).</param>
    /// <param name="history">Past bars for the catch-up after a restart.</param>
    /// <param name="instruments">Every instrument strategies may trade.</param>
    /// <param name="venues">Creates one paper venue per strategy (the host passes a SimulatedExchange); the engine registers the instruments on it.</param>
    /// <param name="logger">Engine and strategy log.</param>
    public LiveEngine(LiveEngineOptions options, ITradingJournal journal, IStrategyFactory factory, ILiveDataFeed feed, IBarHistory history,
        IReadOnlyList<Instrument> instruments, Func<IReadOnlyList<Instrument>, ISimulatedBrokerage> venues, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _journal = journal ?? throw new ArgumentNullException(nameof(journal));
        _factory = factory ?? throw new ArgumentNullException(nameof(factory));
        _feed = feed ?? throw new ArgumentNullException(nameof(feed));
        _history = history ?? throw new ArgumentNullException(nameof(history));
        _venues = venues ?? throw new ArgumentNullException(nameof(venues));
        ArgumentNullException.ThrowIfNull(instruments);
        _instruments = new Dictionary<Symbol, Instrument>();
        foreach (var instrument in instruments)
            if (!_instruments.TryAdd(instrument.Symbol, instrument)) throw new ArgumentException($"Instrument {instrument.Symbol} is listed twice.", nameof(instruments));
        _logger = logger ?? NullLogger.Instance;
        _time = options.TimeProvider;
        _queue = new SliceQueue(_time);
        _metrics = new EngineMetrics(() => Volatile.Read(ref _lagSeconds));
    }

    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/> the engine publishes its metrics under.</summary>
    public const string MeterName = EngineMetrics.MeterName;

    /// <summary>The deployed strategies' slots (tests inspect kernel state; read only while the engine is stopped).</summary>
    internal IReadOnlyList<StrategySlot> Slots => _slots;

    /// <summary>This engine's meter (tests listen to their own engine only).</summary>
    internal System.Diagnostics.Metrics.Meter Meter => _metrics.Meter;

    /// <inheritdoc />
    public LiveHostSnapshot Current => Volatile.Read(ref _snapshot);

    /// <inheritdoc />
    public bool IsReady => _ready;

    /// <inheritdoc />
    public event Action<LiveHostSnapshot>? SnapshotPublished;

    /// <summary>The engine failed (journal write error, engine bug) and stopped; null while healthy.</summary>
    public Exception? Fault { get; private set; }

    /// <summary>Data time of the last processed slice (read from any thread).</summary>
    public DateTime? DataTimeUtc => Volatile.Read(ref _dataTicks) is var ticks and >= 0 ? new DateTime(ticks, DateTimeKind.Utc) : null;

    /// <summary>Completes when the engine thread has ended (stopped, crashed on purpose in a test, or faulted).</summary>
    public Task Stopped => _stopped.Task;

    /// <summary>
    /// Loads the journal, recreates and catches up every deployed strategy, reconciles with the brokers, subscribes the
    /// feed (a <see cref="IResumableFeed"/> resumes after the journal's last data time) and starts the engine thread.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_thread is not null) throw new InvalidOperationException("The live engine was already started.");
        var state = _journal.Load();
        _sequence = state.LastSequence;
        long started = Stopwatch.GetTimestamp();
        CatchUp(state);
        Reconcile();
        CommitAndRelease(arrivalTimestamp: 0); // divergences and reconcile outcomes found while starting
        _logger.LogInformation("Live engine recovered {Strategies} strategies up to {DataTime:O} in {Elapsed} ms",
            _slots.Count, _dataTime, Stopwatch.GetElapsedTime(started).TotalMilliseconds);

        await _feed.ConnectAsync(_queue, cancellationToken).ConfigureAwait(false);
        foreach (var slot in _slots) await SubscribeAsync(slot, cancellationToken).ConfigureAwait(false);
        (_feed as IResumableFeed)?.StartAfter(state.LastDataTimeUtc);
        _lastCheckpoint = _lastSnapshot = _time.GetTimestamp();
        Publish();
        _ready = true;
        _thread = new Thread(Run, ScriptThread.StackBytes) { Name = "OmniAlpha live engine", IsBackground = true };
        _thread.Start();
    }

    /// <inheritdoc />
    public Task<CommandResult> ExecuteAsync(TradingCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!_ready || _stopping) return Task.FromResult(CommandResult.Fail(CommandErrorKind.Unavailable, "the engine is not running"));
        var pending = new PendingCommand(command, new TaskCompletionSource<CommandResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        _commands.Enqueue(pending);
        _queue.Wake();
        // The engine may have ended between the check and the enqueue: it completes Stopped before its last drain.
        if (Stopped.IsCompleted) FailQueuedCommands();
        return pending.Outcome.Task.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Waits until a snapshot of the slice at <paramref name="dataTimeUtc"/> (or a later one) was published: the step was
    /// processed, committed and its orders released.
    /// </summary>
    public async Task WaitForDataTimeAsync(DateTime dataTimeUtc, CancellationToken cancellationToken)
    {
        while (Current.DataTimeUtc is not { } t || t < dataTimeUtc)
        {
            if (Stopped.IsCompleted) throw new InvalidOperationException($"the engine stopped at {DataTimeUtc:O} before reaching {dataTimeUtc:O}", Fault);
            await Task.Delay(1, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stops the engine thread after the current step (committing what it produced) and disconnects the feed.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        _queue.Wake();
        _queue.Close();
        if (_thread is not null) await Stopped.WaitAsync(cancellationToken).ConfigureAwait(false);
        await _feed.DisconnectAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Test hook for crash-only recovery: the engine thread ends at its next check without committing or releasing
    /// anything more, as if the process were killed there.
    /// </summary>
    internal void Crash()
    {
        _crash = true;
        _stopping = true;
        _queue.Wake();
        _queue.Close();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_stopping) await StopAsync(CancellationToken.None).ConfigureAwait(false);
        else await _feed.DisconnectAsync(CancellationToken.None).ConfigureAwait(false);
        _metrics.Dispose();
    }

    private void Run()
    {
        try
        {
            while (!_stopping)
            {
                if (!_commands.IsEmpty) ApplyCommands();
                if (_queue.Peek() is { } slice)
                {
                    // A real feed may repeat bars the catch-up already replayed after a restart: they are not news.
                    if (_dataTime is { } processed && slice.Time <= processed)
                    {
                        _queue.Release();
                        continue;
                    }
                    ProcessSlice(slice);
                    _queue.Release();
                    if (_crash) break;
                    CommitAndRelease(slice.ArrivalTimestamp);
                }
                else
                {
                    _queue.CloseIfLate(_options.StepLateness);
                    if (_queue.Peek() is null) _queue.Wait(NextWait());
                }
                if (_crash) break;
                if (_time.GetElapsedTime(_lastCheckpoint) >= _options.CheckpointInterval) Checkpoint();
                if (_dirty && _time.GetElapsedTime(_lastSnapshot) >= _options.SnapshotInterval) Publish();
            }
            if (!_crash)
            {
                // Twice: the venues' answers to the last released calls (accepts, rejects) are journaled too.
                CommitAndRelease(0);
                CommitAndRelease(0);
                Publish();
            }
        }
        catch (Exception e)
        {
            Fault = e;
            _logger.LogCritical(e, "The live engine stopped: {Error}", e.Message);
        }
        finally
        {
            _ready = false;
            _stopping = true;
            _queue.Close();
            _stopped.TrySetResult();
            FailQueuedCommands();
        }
    }

    private void FailQueuedCommands()
    {
        while (_commands.TryDequeue(out var pending))
            pending.Outcome.TrySetResult(CommandResult.Fail(CommandErrorKind.Unavailable, "the engine stopped"));
    }

    private TimeSpan NextWait()
    {
        var wait = _options.CheckpointInterval - _time.GetElapsedTime(_lastCheckpoint);
        if (_options.StepLateness < wait) wait = _options.StepLateness;
        if (_dirty && _options.SnapshotInterval < wait) wait = _options.SnapshotInterval;
        return wait < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : wait;
    }

    /// <summary>Steps every strategy that trades a symbol of <paramref name="slice"/>, in deployment order. No allocation without orders.</summary>
    private void ProcessSlice(TimeSlice slice)
    {
        long start = Stopwatch.GetTimestamp();
        if (slice.ArrivalTimestamp != 0) Volatile.Write(ref _lagSeconds, _time.GetElapsedTime(slice.ArrivalTimestamp).TotalSeconds);
        for (int i = 0; i < _slots.Count; i++)
        {
            var slot = _slots[i];
            if (!slot.Step(slice)) continue;
            if (slot.HasNewFailure) Fail(slot, slot.SupervisorFailure ?? "the strategy failed");
        }
        SetDataTime(slice.Time);
        _steps++;
        _bars += slice.Count;
        _dirty = true;
        if (!_catchingUp) _metrics.StepDuration.Record(Stopwatch.GetElapsedTime(start).TotalSeconds);
    }

    private void SetDataTime(DateTime time)
    {
        _dataTime = time;
        Volatile.Write(ref _dataTicks, time.Ticks);
    }

    private void Fail(StrategySlot slot, string reason)
    {
        slot.MarkFailed(reason);
        if (!_catchingUp) Record(slot.Id, LifecycleAction.Fail, reason, "engine");
    }

    /// <summary>
    /// Write-ahead: commits ONE batch with everything every strategy produced since the last commit, then releases the
    /// queued venue calls. During catch-up nothing is committed (the journal has it) and the calls go to the rebuilt venues.
    /// </summary>
    private void CommitAndRelease(long arrivalTimestamp)
    {
        DateTime now = _dataTime ?? BeforeData;
        if (!_catchingUp)
        {
            for (int i = 0; i < _cursors.Count; i++)
            {
                if (_cursors[i].HasWork) _cursors[i].Collect(_batch);
                if (_slots[i].Brokerage.PendingCount > 0) _slots[i].Brokerage.CollectAmendments(_slots[i].Id, now, _batch.Amendments);
            }
            if (!_batch.IsEmpty) Commit();
        }
        for (int i = 0; i < _slots.Count; i++)
        {
            var slot = _slots[i];
            if (slot.Brokerage.PendingCount == 0) continue;
            int sent = slot.Brokerage.Release(now);
            if (_catchingUp || sent == 0) continue;
            _ordersSubmitted += sent;
            _metrics.OrdersSubmitted.Add(sent);
            if (arrivalTimestamp != 0)
            {
                var latency = _time.GetElapsedTime(arrivalTimestamp);
                for (int k = 0; k < sent; k++) _latency.Record(latency.TotalMicroseconds);
                _metrics.BarToOrderLatency.Record(latency.TotalSeconds);
            }
        }
    }

    private void Commit()
    {
        int rejected = 0;
        foreach (var e in _batch.Events) if (e.Event is OrderRejected) rejected++;
        int fills = _batch.Fills.Count;
        var batch = _batch.Build(_sequence + 1, _dataTime ?? BeforeData, _time.GetUtcNow().UtcDateTime);
        _journal.Commit(batch); // a JournalException ends the engine: nothing of this batch reaches a venue
        _sequence = batch.Sequence;
        _commits++;
        _ordersRejected += rejected;
        _fills += fills;
        _metrics.JournalCommits.Add(1);
        if (rejected > 0) _metrics.OrdersRejected.Add(rejected);
        if (fills > 0) _metrics.Fills.Add(fills);
        _dirty = true;
    }

    private void Checkpoint()
    {
        _lastCheckpoint = _time.GetTimestamp();
        if (_dataTime is not { } time) return;
        foreach (var cursor in _cursors) _batch.Checkpoints.Add(cursor.Checkpoint(time));
        CommitAndRelease(0);
    }

    private void Publish()
    {
        _lastSnapshot = _time.GetTimestamp();
        _dirty = false;
        var strategies = new StrategySnapshot[_slots.Count];
        for (int i = 0; i < _slots.Count; i++) strategies[i] = SnapshotBuilder.Build(_slots[i], _options.RecentFills);
        var stats = new EngineStats(_steps, _bars, _ordersSubmitted, _ordersRejected, _fills, _commits, Volatile.Read(ref _lagSeconds),
            _latency.Percentile(0.5), _latency.Percentile(0.99));
        var snapshot = new LiveHostSnapshot(Current.Version + 1, _time.GetUtcNow().UtcDateTime, _dataTime, _hostState, strategies, stats);
        Volatile.Write(ref _snapshot, snapshot);
        if (SnapshotPublished is { } handler)
        {
            ThreadPool.UnsafeQueueUserWorkItem(s =>
            {
                try { handler(s); }
                catch (Exception e) { _logger.LogWarning(e, "A snapshot subscriber threw; ignored"); }
            }, snapshot, preferLocal: false);
        }
    }

    private async Task SubscribeAsync(StrategySlot slot, CancellationToken cancellationToken)
    {
        foreach (var instrument in slot.Instruments)
            if (_subscribed.Add(instrument.Symbol)) await _feed.SubscribeAsync(instrument.Symbol, cancellationToken).ConfigureAwait(false);
    }
}
