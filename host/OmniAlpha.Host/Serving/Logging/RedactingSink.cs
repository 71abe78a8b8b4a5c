using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;

namespace OmniAlpha.Host.Serving.Logging;

/// <summary>
/// The one door to every sink: each event is rewritten before <paramref name="inner"/> sees it. Properties whose name
/// looks secret become <c>***</c>; known secret values are masked inside property values, inside the message template
/// text (interpolated strings put values there) and inside the exception. An event without secrets passes unchanged.
/// </summary>
internal sealed class RedactingSink(SecretRedactor redactor, ILogEventSink inner) : ILogEventSink, IDisposable
{
    private static readonly MessageTemplateParser Parser = new();
    private static readonly ScalarValue Masked = new(SecretRedactor.Mask);

    public void Emit(LogEvent logEvent)
    {
        bool changed = false;
        var properties = new List<LogEventProperty>(logEvent.Properties.Count);
        foreach (var (name, value) in logEvent.Properties)
        {
            var redacted = SecretRedactor.IsSecretName(name) ? Masked : Redact(value);
            changed |= !ReferenceEquals(redacted, value);
            properties.Add(new LogEventProperty(name, redacted));
        }
        var template = logEvent.MessageTemplate;
        if (redactor.NeedsRedaction(template.Text))
        {
            template = Parser.Parse(redactor.Redact(template.Text));
            changed = true;
        }
        var exception = logEvent.Exception;
        if (exception is not null && redactor.NeedsRedaction(exception.ToString()))
        {
            exception = new RedactedException(exception, redactor);
            changed = true;
        }
        inner.Emit(changed
            ? new LogEvent(logEvent.Timestamp, logEvent.Level, exception, template, properties, logEvent.TraceId ?? default, logEvent.SpanId ?? default)
            : logEvent);
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();

    /// <summary>The value with secrets masked; the same instance when it holds none.</summary>
    private LogEventPropertyValue Redact(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue { Value: string text }:
                return redactor.NeedsRedaction(text) ? new ScalarValue(redactor.Redact(text)) : value;
            case ScalarValue scalar when scalar.Value is not null and not ValueType:
                // An object logged with {Object} renders through ToString(): check that text.
                string? rendered = scalar.Value.ToString();
                return rendered is not null && redactor.NeedsRedaction(rendered) ? new ScalarValue(redactor.Redact(rendered)) : value;
            case SequenceValue sequence:
            {
                var items = sequence.Elements.Select(Redact).ToArray();
                return items.Where((item, i) => !ReferenceEquals(item, sequence.Elements[i])).Any() ? new SequenceValue(items) : value;
            }
            case StructureValue structure:
            {
                var props = structure.Properties
                    .Select(p => new LogEventProperty(p.Name, SecretRedactor.IsSecretName(p.Name) ? Masked : Redact(p.Value))).ToArray();
                return props.Where((p, i) => !ReferenceEquals(p.Value, structure.Properties[i].Value)).Any()
                    ? new StructureValue(props, structure.TypeTag)
                    : value;
            }
            case DictionaryValue dictionary:
            {
                var pairs = dictionary.Elements.Select(p => new KeyValuePair<ScalarValue, LogEventPropertyValue>(p.Key,
                    p.Key.Value is string key && SecretRedactor.IsSecretName(key) ? Masked : Redact(p.Value))).ToArray();
                return pairs.Where(p => !ReferenceEquals(p.Value, dictionary.Elements[p.Key])).Any() ? new DictionaryValue(pairs) : value;
            }
            default:
                return value;
        }
    }
}
