namespace OmniAlpha.Server.Api.Requests;

/// <summary>Body of <c>POST .../kill</c>.</summary>
/// <param name="Flatten">Required: true also closes every position with market orders after canceling all orders.</param>
public sealed record KillRequest(bool? Flatten);
