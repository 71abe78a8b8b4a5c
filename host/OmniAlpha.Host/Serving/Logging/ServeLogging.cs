using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;
using Serilog.Settings.Configuration;

namespace OmniAlpha.Host.Serving.Logging;

/// <summary>
/// The service's Serilog pipeline: console and daily rolling files in <c>&lt;data dir&gt;/logs/omnialpha-YYYYMMDD.log</c>
/// (size limit, retained count from <c>Serve:Logs</c>), plus whatever the <c>Serilog</c> section configures (levels,
/// overrides, more sinks). Every sink, the configured ones included, sits behind one <see cref="RedactingSink"/>, so a
/// secret never reaches any of them.
/// </summary>
internal static class ServeLogging
{
    /// <summary>Console and file line layout.</summary>
    public const string OutputTemplate = "{Timestamp:yyyy-MM-dd HH:mm:ss.fff} [{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>The file name pattern in the logs folder (Serilog inserts the date before the extension).</summary>
    public const string FilePattern = "omnialpha-.log";

    /// <summary>Builds the logger. <paramref name="console"/> replaces stdout (tests capture it).</summary>
    public static Logger Create(IConfiguration configuration, SecretRedactor redactor, string logDirectory, ServeLogOptions files,
        bool verbose, TextWriter? console = null)
    {
        var sinks = new LoggerConfiguration()
            .MinimumLevel.Verbose()
            // Per-request framework chatter; the Serilog section can lower these again.
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .ReadFrom.Configuration(configuration, new ConfigurationReaderOptions { SectionName = "Serilog" });
        sinks = console is null
            ? sinks.WriteTo.Console(outputTemplate: OutputTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            : sinks.WriteTo.Sink(new TextWriterSink(console, new MessageTemplateTextFormatter(OutputTemplate, System.Globalization.CultureInfo.InvariantCulture)));
        if (files.WriteFiles)
        {
            sinks = sinks.WriteTo.File(
                Path.Combine(logDirectory, FilePattern),
                outputTemplate: OutputTemplate,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture,
                rollingInterval: RollingInterval.Day,
                fileSizeLimitBytes: files.FileSizeLimitBytes,
                rollOnFileSizeLimit: true,
                retainedFileCountLimit: files.RetainedFileCount,
                shared: false,
                flushToDiskInterval: TimeSpan.FromSeconds(1));
        }
        var inner = sinks.CreateLogger();
        var minimum = verbose ? LogEventLevel.Debug : MinimumLevel(configuration);
        return new LoggerConfiguration()
            .MinimumLevel.Is(minimum)
            .WriteTo.Sink(new RedactingSink(redactor, inner))
            .CreateLogger();
    }

    /// <summary><c>Serilog:MinimumLevel</c> or <c>Serilog:MinimumLevel:Default</c>, else Information (the overrides apply in the inner pipeline).</summary>
    private static LogEventLevel MinimumLevel(IConfiguration configuration)
    {
        var section = configuration.GetSection("Serilog:MinimumLevel");
        string? text = section.Value ?? section["Default"];
        return text is not null && Enum.TryParse<LogEventLevel>(text, ignoreCase: true, out var level) ? level : LogEventLevel.Information;
    }
}
