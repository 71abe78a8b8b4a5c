using Microsoft.Extensions.Logging;

namespace OmniAlpha.Scripting.JavaScript.Tests.Support;

/// <summary>Collects formatted information messages (what <c>strategy.log</c> writes; the engine's debug lines are left out).</summary>
internal sealed class ListLogger : ILogger
{
    public List<string> Messages { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel == LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel)) Messages.Add(formatter(state, exception));
    }
}
