namespace OmniAlpha.Kernel.Live.Journal;

/// <summary>One version of a strategy's script (the first version is the deployment).</summary>
/// <param name="StrategyId">The deployment's id (unique in the host, e.g. "sma-spy").</param>
/// <param name="Version">1 for the deployment, then 2, 3... for each reload or upload.</param>
/// <param name="Language">"csharp" or "javascript".</param>
/// <param name="FileName">Script file name used in diagnostics (e.g. SmaCross.cs).</param>
/// <param name="Source">The script text.</param>
/// <param name="SourceHash">SHA-256 of <paramref name="Source"/> (hex).</param>
/// <param name="Parameters">Strategy parameters.</param>
/// <param name="Symbols">Symbols the strategy trades.</param>
/// <param name="StartingCash">Capital allocated to the strategy's account.</param>
/// <param name="CreatedUtc">Wall-clock creation time.</param>
public sealed record ScriptVersionRecord(
    string StrategyId,
    int Version,
    string Language,
    string FileName,
    string Source,
    string SourceHash,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<string> Symbols,
    decimal StartingCash,
    DateTime CreatedUtc);
