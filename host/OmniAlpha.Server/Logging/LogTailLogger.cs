using Microsoft.Extensions.Logging;

namespace OmniAlpha.Server.Logging;

/// <summary>The logger <see cref="LogTail"/> hands out for one category.</summary>
internal sealed class LogTailLogger(LogTail tail, string category) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => tail.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
            return;
        tail.Write(logLevel, category, formatter(state, exception), exception);
    }
}
