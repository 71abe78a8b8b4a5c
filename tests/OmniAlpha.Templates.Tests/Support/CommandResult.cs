namespace OmniAlpha.Templates.Tests.Support;

/// <summary>What one child process did: the command line, its exit code and everything it printed.</summary>
public sealed record CommandResult(string CommandLine, int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Fails with the command and its output when it did not exit with 0.</summary>
    public CommandResult ShouldSucceed() => ShouldExitWith(0);

    /// <summary>Fails with the command and its output when the exit code is not <paramref name="expected"/>.</summary>
    public CommandResult ShouldExitWith(int expected)
    {
        if (ExitCode != expected)
            Assert.Fail($"`{CommandLine}` exited with {ExitCode}, expected {expected}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}");
        return this;
    }
}
