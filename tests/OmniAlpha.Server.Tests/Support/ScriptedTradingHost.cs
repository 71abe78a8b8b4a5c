using OmniAlpha.Kernel.Live;

namespace OmniAlpha.Server.Tests.Support;

/// <summary>
/// Test double of the <see cref="ITradingHost"/> port: the test sets the snapshot and readiness, publishes snapshots,
/// scripts each command's outcome and reads back the commands the API sent.
/// </summary>
internal sealed class ScriptedTradingHost : ITradingHost
{
    private readonly List<TradingCommand> _commands = [];
    private Action<LiveHostSnapshot>? _published;
    private int _subscribers;

    public LiveHostSnapshot Current { get; set; } = LiveHostSnapshot.Empty;

    public bool IsReady { get; set; } = true;

    /// <summary>The outcome of each command (default: it succeeds). May throw to simulate an engine bug.</summary>
    public Func<TradingCommand, CommandResult> Respond { get; set; } = _ => CommandResult.Ok;

    /// <summary>Delays each command's answer (to test the command timeout).</summary>
    public TimeSpan CommandDelay { get; set; } = TimeSpan.Zero;

    public int Subscribers => Volatile.Read(ref _subscribers);

    public IReadOnlyList<TradingCommand> Commands
    {
        get { lock (_commands) return _commands.ToList(); }
    }

    public event Action<LiveHostSnapshot>? SnapshotPublished
    {
        add { _published += value; Interlocked.Increment(ref _subscribers); }
        remove { _published -= value; Interlocked.Decrement(ref _subscribers); }
    }

    /// <summary>Makes <paramref name="snapshot"/> current and raises <see cref="SnapshotPublished"/>.</summary>
    public void Publish(LiveHostSnapshot snapshot)
    {
        Current = snapshot;
        _published?.Invoke(snapshot);
    }

    public async Task<CommandResult> ExecuteAsync(TradingCommand command, CancellationToken cancellationToken)
    {
        lock (_commands)
            _commands.Add(command);
        if (CommandDelay > TimeSpan.Zero)
            await Task.Delay(CommandDelay, cancellationToken);
        return Respond(command);
    }
}
