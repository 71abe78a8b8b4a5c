namespace OmniAlpha.Host.Cli;

/// <summary>
/// An expected failure of a command (bad input, compile errors, data errors): printed as is on stderr
/// without a stack trace, and turned into the given exit code.
/// </summary>
internal sealed class CommandFailure(string message, int exitCode = 1, Exception? inner = null) : Exception(message, inner)
{
    public int ExitCode { get; } = exitCode;
}
