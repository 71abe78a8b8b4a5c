namespace OmniAlpha.Plugins.Simulated;

/// <summary>The economics of one candidate fill.</summary>
/// <param name="Price">Execution price, slippage included.</param>
/// <param name="SlippagePerUnit">Per-unit slippage actually applied (&gt;= 0).</param>
/// <param name="Commission">Commission for the fill.</param>
internal readonly record struct FillTerms(decimal Price, decimal SlippagePerUnit, decimal Commission);
