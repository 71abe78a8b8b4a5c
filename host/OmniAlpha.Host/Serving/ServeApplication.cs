using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OmniAlpha.Kernel.Live;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Persistence.Secrets;

namespace OmniAlpha.Host.Serving;

/// <summary>
/// Runs <c>omnialpha serve</c> to its end and turns the outcome into an exit code: 0 after a graceful stop (SIGTERM,
/// Ctrl+C, end of data), 2 for invalid configuration (one stderr line naming the key, no stack trace), 1 when the
/// store or the engine failed (the journal cannot be opened or written; a restart recovers), 70 for anything unexpected.
/// </summary>
internal static class ServeApplication
{
    /// <summary>Exit code of invalid configuration.</summary>
    public const int InvalidConfiguration = 2;

    public static async Task<int> RunAsync(ServeArguments arguments)
    {
        try
        {
            return await RunHostAsync(arguments).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            return Fail(70, $"internal error: {e.GetType().Name}: {e.Message}", e, arguments.Verbose);
        }
    }

    private static async Task<int> RunHostAsync(ServeArguments arguments)
    {
        WebApplication app;
        try
        {
            app = ServeHost.Build(arguments);
        }
        catch (Exception e) when (Describe(e) is { } problem)
        {
            return Fail(problem.ExitCode, problem.Message, e, arguments.Verbose);
        }
        await using (app)
        {
            var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
            try
            {
                await app.StartAsync().ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
            {
                // SIGTERM or Ctrl+C while recovering: a graceful stop, not a failure.
                await StopQuietlyAsync(app).ConfigureAwait(false);
                return Environment.ExitCode;
            }
            catch (Exception e) when (Describe(e) is { } problem)
            {
                await StopQuietlyAsync(app).ConfigureAwait(false);
                return Fail(problem.ExitCode, problem.Message, e, arguments.Verbose);
            }
            await app.WaitForShutdownAsync().ConfigureAwait(false);
        }
        return Environment.ExitCode;
    }

    /// <summary>The exit code and one-line message of a start failure, or null for an unexpected one (rethrown: exit 70 with the type).</summary>
    internal static (int ExitCode, string Message)? Describe(Exception e)
    {
        switch (e)
        {
            case AggregateException { InnerExceptions.Count: > 0 } aggregate:
                return Describe(aggregate.InnerExceptions[0]);
            case OptionsValidationException validation:
                return (InvalidConfiguration, "invalid configuration: " + string.Join("; ", validation.Failures));
            case ServeConfigurationException or StrategyScriptException:
                return (InvalidConfiguration, "invalid configuration: " + e.Message.ReplaceLineEndings("; "));
            case InvalidOperationException when e.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal)
                                                 || e.Message.StartsWith("Cannot create instance of type", StringComparison.Ordinal):
                return (InvalidConfiguration, "invalid configuration: " + e.Message);
            case System.IO.InvalidDataException when e.Message.Contains("JSON", StringComparison.OrdinalIgnoreCase):
                return (InvalidConfiguration, "invalid configuration: " + e.Message + (e.InnerException is { } inner ? " " + inner.Message : ""));
            case SecretStoreException:
                return (InvalidConfiguration, "secrets key: " + e.Message);
            case JournalException:
                return (1, e.Message);
            case IOException when e.Message.Contains("address", StringComparison.OrdinalIgnoreCase):
                return (1, "cannot listen: " + e.Message);
            default:
                return null;
        }
    }

    private static int Fail(int exitCode, string message, Exception e, bool verbose)
    {
        Console.Error.WriteLine("error: " + message);
        if (verbose) Console.Error.WriteLine(e);
        return exitCode;
    }

    private static async Task StopQuietlyAsync(WebApplication app)
    {
        try { await app.StopAsync().ConfigureAwait(false); }
        catch (Exception) { /* the start failure is what gets reported */ }
    }
}
