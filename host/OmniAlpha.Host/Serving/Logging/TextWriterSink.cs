using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace OmniAlpha.Host.Serving.Logging;

/// <summary>Writes formatted events to a <see cref="TextWriter"/> (the console stand-in of in-process tests).</summary>
internal sealed class TextWriterSink(TextWriter writer, ITextFormatter formatter) : ILogEventSink
{
    private readonly Lock _gate = new();

    public void Emit(LogEvent logEvent)
    {
        lock (_gate)
        {
            formatter.Format(logEvent, writer);
            writer.Flush();
        }
    }
}
