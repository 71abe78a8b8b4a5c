namespace OmniAlpha.Server.Api.Requests;

/// <summary>Body of <c>POST /api/strategies</c>.</summary>
/// <param name="Id">The new strategy's id (letters, digits, '-', '_', '.'); derived from the file name when omitted.</param>
/// <param name="FileName">Script file name: its extension (.cs or .js) picks the language and it names diagnostics.</param>
/// <param name="Source">Script text.</param>
/// <param name="Symbols">Symbols to trade (at least one).</param>
/// <param name="Parameters">Strategy parameters.</param>
/// <param name="StartingCash">Capital allocated to the strategy (positive).</param>
public sealed record DeployRequest(string? Id, string? FileName, string? Source, IReadOnlyList<string>? Symbols,
    IReadOnlyDictionary<string, string>? Parameters, decimal? StartingCash);
