using System.Globalization;
using OmniAlpha.Sdk.Execution;

namespace OmniAlpha.Plugins.Simulated;

/// <summary>
/// Charges a fixed amount per order, on its first fill; later partial fills are free.
/// Spec: <c>flat:&lt;amount&gt;</c>.
/// </summary>
public sealed class FlatFeeModel : IFeeModel
{
    /// <summary>Creates the model.</summary>
    /// <param name="amountPerOrder">Commission per order (&gt;= 0).</param>
    public FlatFeeModel(decimal amountPerOrder)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amountPerOrder);
        AmountPerOrder = amountPerOrder;
    }

    /// <summary>Commission per order.</summary>
    public decimal AmountPerOrder { get; }

    /// <inheritdoc />
    public decimal GetCommission(in FeeContext context) => context.IsFirstFill ? AmountPerOrder : 0m;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"flat:{AmountPerOrder}");
}
