using System.Globalization;
using OmniAlpha.Sdk.Execution;

namespace OmniAlpha.Plugins.Simulated;

/// <summary>
/// Charges a fixed amount per unit traded with a minimum per order (the usual US-equity schedule, e.g.
/// 0.005 per share, at least 1.00 per order). An order's total commission is
/// <c>max(perShare x filled quantity, minimum)</c>; each fill is charged the increment of that total, so the
/// fills of a partially filled order add up to exactly the order's commission. No rounding is applied.
/// Spec: <c>per-share:&lt;amount&gt;[:min=&lt;minimum&gt;]</c>.
/// </summary>
public sealed class PerShareFeeModel : IFeeModel
{
    /// <summary>Creates the model.</summary>
    /// <param name="perShare">Commission per unit traded (&gt;= 0).</param>
    /// <param name="minimumPerOrder">Minimum commission of an order (&gt;= 0); 0 for none.</param>
    public PerShareFeeModel(decimal perShare, decimal minimumPerOrder = 0m)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(perShare);
        ArgumentOutOfRangeException.ThrowIfNegative(minimumPerOrder);
        PerShare = perShare;
        MinimumPerOrder = minimumPerOrder;
    }

    /// <summary>Commission per unit traded.</summary>
    public decimal PerShare { get; }

    /// <summary>Minimum commission of an order.</summary>
    public decimal MinimumPerOrder { get; }

    /// <inheritdoc />
    public decimal GetCommission(in FeeContext context)
    {
        // The order snapshot is the state before this fill, so what was charged so far follows from its filled quantity.
        decimal filledBefore = context.IsFirstFill ? 0m : context.Order.FilledQuantity;
        decimal chargedBefore = filledBefore == 0m ? 0m : OrderTotal(filledBefore);
        return OrderTotal(filledBefore + context.Quantity) - chargedBefore;
    }

    /// <inheritdoc />
    public override string ToString() => MinimumPerOrder == 0m
        ? string.Create(CultureInfo.InvariantCulture, $"per-share:{PerShare}")
        : string.Create(CultureInfo.InvariantCulture, $"per-share:{PerShare}:min={MinimumPerOrder}");

    private decimal OrderTotal(decimal filledQuantity) => Math.Max(PerShare * filledQuantity, MinimumPerOrder);
}
