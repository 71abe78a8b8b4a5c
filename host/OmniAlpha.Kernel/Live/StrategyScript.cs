namespace OmniAlpha.Kernel.Live;

/// <summary>A strategy script with its deployment settings.</summary>
/// <param name="FileName">File name used in diagnostics (SmaCross.cs, RsiReversion.js).</param>
/// <param name="Source">Script text.</param>
/// <param name="Symbols">Symbols to trade (empty on Upload: keep the current ones).</param>
/// <param name="Parameters">Strategy parameters (empty on Upload: keep the current ones).</param>
/// <param name="StartingCash">Capital allocation (ignored on Upload).</param>
public sealed record StrategyScript(string FileName, string Source, IReadOnlyList<string> Symbols,
    IReadOnlyDictionary<string, string> Parameters, decimal StartingCash);
