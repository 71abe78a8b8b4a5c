using System.Globalization;
using OmniAlpha.Sdk.Execution;

namespace OmniAlpha.Plugins.Simulated;

/// <summary>
/// Charges a percentage of the traded value: <c>price x quantity x multiplier x percent / 100</c>, exact (no rounding).
/// Spec: <c>percent:&lt;percent&gt;</c>, e.g. <c>percent:0.1</c> for 0.1 %.
/// </summary>
public sealed class PercentOfValueFeeModel : IFeeModel
{
    /// <summary>Creates the model.</summary>
    /// <param name="percent">Percent of traded value (&gt;= 0); 0.1 means 0.1 %.</param>
    public PercentOfValueFeeModel(decimal percent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        Percent = percent;
    }

    /// <summary>Percent of traded value charged.</summary>
    public decimal Percent { get; }

    /// <inheritdoc />
    public decimal GetCommission(in FeeContext context) =>
        context.Price * context.Quantity * context.Instrument.Multiplier * Percent / 100m;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"percent:{Percent}");
}
