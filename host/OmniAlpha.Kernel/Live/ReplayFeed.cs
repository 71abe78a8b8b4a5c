using OmniAlpha.Kernel.Engine;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Kernel.Live;

/// <summary>
/// A live feed that plays recorded <see cref="BarSeries"/> in time order: the bars ending at one instant form one time
/// slice, reported together and closed with <see cref="ISliceListener.OnSliceComplete"/> when the listener implements it.
/// Paced at <c>speed</c> x real time by the <see cref="TimeProvider"/> (the data-time gap between slices divided by the
/// speed); speed 0 plays as fast as the listener takes the slices (the listener's blocking is the back-pressure, nothing
/// is queued here). Playback starts with <see cref="StartAfter"/>, strictly after the given data time, so a restarted
/// engine continues where its journal ended. Also serves the same data as <see cref="IBarHistory"/> for the catch-up.
/// </summary>
public sealed class ReplayFeed : ILiveDataFeed, IResumableFeed, IBarHistory
{
    private readonly BarSeries[] _series;
    private readonly double _speed;
    private readonly TimeProvider _time;
    private readonly HashSet<Symbol> _subscribed = [];
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _firstSubscription = new(0, 1);
    private ILiveDataListener? _listener;
    private Task? _playback;

    /// <summary>Creates a replay of <paramref name="data"/> at <paramref name="speed"/> x real time (0: as fast as consumed).</summary>
    public ReplayFeed(IReadOnlyList<BarSeries> data, double speed = 0, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!(speed >= 0) || double.IsInfinity(speed)) throw new ArgumentOutOfRangeException(nameof(speed), speed, "speed must be 0 (as fast as possible) or a positive multiple of real time");
        _series = [.. data];
        _speed = speed;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public string Name => "Replay";

    /// <summary>Completes when playback reached the end of the data (or was stopped).</summary>
    public Task Completion => _playback ?? Task.CompletedTask;

    /// <summary>Data time of the last slice reported (null before the first).</summary>
    public DateTime? LastSliceTimeUtc { get; private set; }

    /// <inheritdoc />
    public Task ConnectAsync(ILiveDataListener listener, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listener);
        _listener = listener;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task SubscribeAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        if (!Array.Exists(_series, s => s.Symbol == symbol)) throw new KeyNotFoundException($"The replay has no data for {symbol}.");
        lock (_lock)
        {
            if (_subscribed.Add(symbol) && _subscribed.Count == 1 && _firstSubscription.CurrentCount == 0) _firstSubscription.Release();
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task UnsubscribeAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        lock (_lock) _subscribed.Remove(symbol);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void StartAfter(DateTime? afterUtc)
    {
        var listener = _listener ?? throw new InvalidOperationException("Connect the replay feed before starting it.");
        if (_playback is not null) throw new InvalidOperationException("The replay feed is already playing.");
        _playback = Task.Factory.StartNew(() => Play(listener, afterUtc), _stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
    }

    /// <inheritdoc />
    public async Task DisconnectAsync(CancellationToken cancellationToken)
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_playback is { } playback)
        {
            try { await playback.WaitAsync(cancellationToken).ConfigureAwait(false); }
            catch (OperationCanceledException) { }
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<BarSeries> GetBars(IReadOnlyCollection<Symbol> symbols, DateTime? afterUtc, DateTime toUtc)
    {
        var result = new List<BarSeries>();
        foreach (var series in _series)
        {
            if (!symbols.Contains(series.Symbol)) continue;
            var slice = series.Slice(afterUtc, toUtc);
            // Slice's lower bound is inclusive; the history range is exclusive of afterUtc.
            if (afterUtc is { } after && slice.Count > 0 && slice[0].EndTime == after) slice = slice.Slice(after.AddTicks(1), toUtc);
            if (slice.Count > 0) result.Add(slice);
        }
        return result;
    }

    private async Task Play(ILiveDataListener listener, DateTime? afterUtc)
    {
        var merger = new BarMerger(_series);
        var sliceListener = listener as ISliceListener;
        DateTime? previous = null;
        long previousWall = _time.GetTimestamp();
        var token = _stop.Token;
        // Nothing subscribed yet (an empty host waiting for its first deployment): the replay does not run ahead.
        await _firstSubscription.WaitAsync(token).ConfigureAwait(false);
        while (!token.IsCancellationRequested && merger.MoveNext())
        {
            DateTime time = merger.StepTime;
            if (afterUtc is { } after && time <= after) continue;
            if (_speed > 0 && previous is { } last)
            {
                var due = TimeSpan.FromTicks((long)((time - last).Ticks / _speed)) - _time.GetElapsedTime(previousWall);
                if (due > TimeSpan.Zero) await Task.Delay(due, _time, token).ConfigureAwait(false);
            }
            bool any = false;
            lock (_lock)
            {
                for (int k = 0; k < merger.StepCount; k++)
                {
                    ref readonly var bar = ref _series[merger.StepSeries[k]][merger.StepBars[k]];
                    if (!_subscribed.Contains(bar.Symbol)) continue;
                    listener.OnBar(in bar);
                    any = true;
                }
            }
            if (!any) continue;
            previous = time;
            previousWall = _time.GetTimestamp();
            LastSliceTimeUtc = time;
            sliceListener?.OnSliceComplete(time);
        }
    }
}
