using System.Security.Cryptography;
using System.Text;
using OmniAlpha.Kernel.Formatting;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Kernel.Results;

/// <summary>
/// SHA-256 over a canonical text of the order list (id, client id, time, symbol, side, type, quantity, prices,
/// status, filled quantity and value). Regression tests pin it so any change in trading behaviour shows.
/// </summary>
public static class OrderListHash
{
    /// <summary>Lower-case hex SHA-256 of the canonical order list.</summary>
    public static string Compute(IReadOnlyList<Order> orders)
    {
        var text = new StringBuilder();
        foreach (var o in orders)
        {
            text.Append(o.OrderId).Append('|').Append(o.ClientOrderId).Append('|').Append(ExactText.Format(o.CreatedTime)).Append('|')
                .Append(o.Symbol.Value).Append('|').Append(o.Side).Append('|').Append(o.Type).Append('|')
                .Append(ExactText.Format(o.Quantity)).Append('|').Append(ExactText.Format(o.LimitPrice)).Append('|')
                .Append(ExactText.Format(o.StopPrice)).Append('|').Append(o.Status).Append('|')
                .Append(ExactText.Format(o.FilledQuantity)).Append('|').Append(ExactText.Format(o.FilledValue)).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
