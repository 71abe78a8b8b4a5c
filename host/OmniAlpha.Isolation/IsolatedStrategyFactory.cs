using OmniAlpha.Scripting;

namespace OmniAlpha.Isolation;

/// <summary>
/// The <c>isolated</c> level's entry point: compiles and starts a strategy script in its own worker process and returns
/// the proxy the kernel runs. This is the one function the CLI calls for <c>--isolation isolated</c>.
/// </summary>
public static class IsolatedStrategyFactory
{
    /// <summary>Starts <paramref name="scriptPath"/> in a worker; dispose the result to stop the worker.</summary>
    /// <exception cref="IOException">The script cannot be read.</exception>
    /// <exception cref="StrategyCompilationException">The script does not compile or breaks the sandbox (as in process).</exception>
    /// <exception cref="IsolatedWorkerException">The worker cannot be started or refuses the session.</exception>
    public static IsolatedStrategy Create(string scriptPath, IsolatedStrategyOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(scriptPath);
        return Create(scriptPath, File.ReadAllText(scriptPath), options);
    }

    /// <summary>Starts the script <paramref name="sourceText"/>, named <paramref name="displayPath"/> in diagnostics.</summary>
    /// <inheritdoc cref="Create(string, IsolatedStrategyOptions?)"/>
    public static IsolatedStrategy Create(string displayPath, string sourceText, IsolatedStrategyOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(displayPath);
        ArgumentNullException.ThrowIfNull(sourceText);
        options ??= IsolatedStrategyOptions.Default;
        options.Validate();
        return new IsolatedStrategy(new WorkerLauncher(displayPath, sourceText, options), options);
    }

    internal static IsolatedStrategy Create(WorkerLauncher launcher, IsolatedStrategyOptions options) => new(launcher, options);
}
