using OmniAlpha.Kernel.Engine;
using OmniAlpha.Scripting;
using OmniAlpha.Sdk.Data;

namespace OmniAlpha.Host.Cli;

/// <summary>
/// Runs a command body and maps failures to one clear stderr line and a non-zero exit code (a stack trace only
/// with --verbose). Exit codes: 0 success, 1 bad input or data (including a parameter value the strategy rejects in
/// OnStart), 2 strategy compile or sandbox error (or an isolation level this build lacks), 3 the strategy failed (threw
/// or exceeded a budget): the backtest command stops it, completes the run and writes the reports before returning 3;
/// a <see cref="StrategyRuntimeException"/> (the throw policy) also maps to 3. 70 internal error.
/// </summary>
internal static class CommandRunner
{
    public static int Run(bool verbose, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (StrategyCompilationException e)
        {
            foreach (var line in e.Diagnostics) Console.Error.WriteLine(line);
            return 2;
        }
        catch (StrategyRuntimeException e) when (IsRejectedParameter(e))
        {
            // OnStart reads and validates the parameters: a bad --param value is bad input, not a crash.
            Console.Error.WriteLine($"error: strategy {e.Strategy} rejected its parameters: {e.InnerException!.Message}");
            if (verbose) Console.Error.WriteLine(e.InnerException);
            return 1;
        }
        catch (StrategyRuntimeException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            if (verbose) Console.Error.WriteLine(e.InnerException);
            return 3;
        }
        catch (CommandFailure e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            if (verbose && e.InnerException is not null) Console.Error.WriteLine(e.InnerException);
            return e.ExitCode;
        }
        catch (Exception e) when (e is DataFormatException or FormatException or ArgumentException or KeyNotFoundException
                                      or FileNotFoundException or DirectoryNotFoundException or IOException)
        {
            Console.Error.WriteLine("error: " + e.Message);
            if (verbose) Console.Error.WriteLine(e);
            return 1;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"internal error: {e.GetType().Name}: {e.Message}");
            if (verbose) Console.Error.WriteLine(e);
            return 70;
        }
    }

    private static bool IsRejectedParameter(StrategyRuntimeException e) =>
        e.Callback == nameof(OmniAlpha.Sdk.Strategies.Strategy.OnStart) && e.InnerException is FormatException or ArgumentException;
}
