namespace OmniAlpha.Server.Api.Requests;

/// <summary>Body of <c>PUT /api/strategies/{id}/script</c>.</summary>
/// <param name="FileName">Script file name; the strategy's current one when omitted.</param>
/// <param name="Source">The new script text.</param>
public sealed record UploadScriptRequest(string? FileName, string? Source);
