using OmniAlpha.Sdk.Plugins;

namespace OmniAlpha.Kernel.Engine;

/// <summary>A pre-trade risk check and the id that names it in rejection reasons (a plugin id).</summary>
/// <param name="Id">Names the check in rejections: <c>risk check &lt;id&gt;: &lt;reason&gt;</c>.</param>
/// <param name="Check">The check; the host passes a guarded wrapper around a plugin.</param>
public sealed record RiskCheckBinding(string Id, IPreTradeRiskCheck Check);
