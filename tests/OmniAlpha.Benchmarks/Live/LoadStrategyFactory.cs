using OmniAlpha.Kernel.Live;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Benchmarks.Live;

/// <summary>
/// Creates the precompiled <see cref="LoadCrossStrategy"/> for script file <see cref="FileName"/> (the benchmark
/// measures the host, not the script compiler).
/// </summary>
public sealed class LoadStrategyFactory : IStrategyFactory
{
    /// <summary>The script file name deployments use.</summary>
    public const string FileName = "LoadCross.cs";

    /// <inheritdoc />
    public Strategy Create(ScriptVersionRecord version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return version.FileName == FileName
            ? new LoadCrossStrategy()
            : throw new StrategyScriptException($"{version.FileName}(1,1): error: the load benchmark only runs {FileName}");
    }

    /// <inheritdoc />
    public Action<Strategy, Strategy>? StateTransfer(ScriptVersionRecord version) => null;
}
