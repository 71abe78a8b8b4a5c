using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OmniAlpha.Scripting.Tests.Reload;

/// <summary>
/// A logger that records every message and, when a message matches the current gate, blocks the logging thread (the
/// engine, inside a strategy callback) until the test resumes it: the test's handle on "the strategy is at bar N".
/// </summary>
internal sealed class GatedLogger : ILogger
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly SemaphoreSlim _paused = new(0);
    private readonly SemaphoreSlim _resume = new(0);
    private volatile string? _gate;

    public ConcurrentQueue<string> Messages { get; } = new();

    /// <summary>Raised (on the logging thread) before the first message is recorded.</summary>
    public event Action? FirstMessage;

    /// <summary>The next message containing <paramref name="text"/> blocks its thread until <see cref="Resume"/>.</summary>
    public void PauseAt(string text) => _gate = text;

    public void WaitUntilPaused() =>
        Assert.True(_paused.Wait(Patience), $"the engine did not reach '{_gate}'; last messages:\n{string.Join("\n", Messages.TakeLast(5))}");

    public void Resume() => _resume.Release();

    public bool Contains(string text) => Messages.Any(m => m.Contains(text, StringComparison.Ordinal));

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        string message = formatter(state, exception);
        if (Messages.IsEmpty) FirstMessage?.Invoke();
        Messages.Enqueue(message);
        if (_gate is { } gate && message.Contains(gate, StringComparison.Ordinal))
        {
            _gate = null;
            _paused.Release();
            if (!_resume.Wait(Patience)) throw new TimeoutException($"the test never resumed the engine after '{gate}'");
        }
    }
}
