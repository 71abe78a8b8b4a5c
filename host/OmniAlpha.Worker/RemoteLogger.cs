using Microsoft.Extensions.Logging;
using OmniAlpha.Isolation.Protocol;
using OmniAlpha.Isolation.Protocol.Messages;

namespace OmniAlpha.Worker;

/// <summary>
/// The strategy's logger in the worker: formats each enabled message and sends it to the host (one-way), which logs it
/// under the strategy's name. Levels the host has disabled cost nothing.
/// </summary>
internal sealed class RemoteLogger(HostConnection host, int enabledLevels) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && (enabledLevels & (1 << (int)logLevel)) != 0;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel)) return;
        host.Notify(MessageType.Log, new LogMessage { Level = (int)logLevel, Text = formatter(state, exception), Exception = exception?.ToString() });
    }
}
