namespace OmniAlpha.Server.Api.Requests;

/// <summary>Body of <c>PUT .../trading-state</c>.</summary>
/// <param name="State">ACTIVE, REDUCING or HALTED (any case).</param>
public sealed record TradingStateRequest(string? State);
