using OmniAlpha.Sdk.Execution;

namespace OmniAlpha.Plugins.Simulated;

/// <summary>Charges no commission. Spec: <c>none</c>.</summary>
public sealed class NoFeeModel : IFeeModel
{
    /// <summary>The shared instance (the model has no state).</summary>
    public static NoFeeModel Instance { get; } = new();

    /// <inheritdoc />
    public decimal GetCommission(in FeeContext context) => 0m;

    /// <inheritdoc />
    public override string ToString() => "none";
}
