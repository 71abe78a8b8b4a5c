namespace OmniAlpha.Host.Tests.Support;

/// <summary>What one run of the <c>omnialpha</c> executable did: exit code and everything it printed.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The non-empty lines printed on stderr.</summary>
    public IReadOnlyList<string> StderrLines =>
        Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();

    /// <summary>Fails with the captured output when the exit code is not <paramref name="expected"/>.</summary>
    public CliRun ShouldExitWith(int expected)
    {
        if (ExitCode != expected)
            Assert.Fail($"expected exit code {expected} but got {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}");
        return this;
    }
}
