namespace OmniAlpha.Plugins.Simulated;

/// <summary>Where a bar sits in its instrument's trading sessions.</summary>
/// <param name="Date">Local date of the session the bar belongs to.</param>
/// <param name="IsOpenBar">True for the session's first bar at or after the open.</param>
/// <param name="IsCloseBar">True for the session's first bar that ends at or after the close.</param>
internal readonly record struct BarSession(DateOnly Date, bool IsOpenBar, bool IsCloseBar);
