using System.Globalization;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Kernel.Live;

/// <summary>
/// Compares what the catch-up replay produced for one strategy with what its journal recorded: every order by client
/// order id with the same terms, every fill in the same order with the same order, quantity and price. Any difference is
/// a divergence (the data or the code changed under the journal): it is listed, never silently trusted.
/// </summary>
internal static class RecoveryCheck
{
    public static List<string> Compare(StrategySlot slot, IReadOnlyList<OrderRecord> journalOrders, IReadOnlyList<FillRecord> journalFills)
    {
        var differences = new List<string>();
        var journaled = new Dictionary<string, Order>(StringComparer.Ordinal);
        foreach (var record in journalOrders) journaled[record.Order.ClientOrderId] = record.Order;
        var replayed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var order in slot.Router.Orders)
        {
            replayed.Add(order.ClientOrderId);
            if (!journaled.TryGetValue(order.ClientOrderId, out var recorded))
                differences.Add($"order {order.ClientOrderId} ({Terms(order)}) was produced by the replay but is not in the journal");
            else if (Terms(order) != Terms(recorded))
                differences.Add($"order {order.ClientOrderId}: journal has {Terms(recorded)}, replay produced {Terms(order)}");
        }
        foreach (var record in journalOrders)
        {
            if (!replayed.Contains(record.Order.ClientOrderId))
                differences.Add($"order {record.Order.ClientOrderId} ({Terms(record.Order)}) is in the journal but the replay did not produce it");
        }
        var fills = slot.Router.Fills;
        for (int i = 0; i < Math.Max(fills.Count, journalFills.Count); i++)
        {
            if (i >= journalFills.Count) { differences.Add($"fill {i + 1} ({Describe(fills[i])}) was produced by the replay but is not in the journal"); continue; }
            if (i >= fills.Count) { differences.Add($"fill {i + 1} ({Describe(journalFills[i].Fill)}) is in the journal but the replay did not produce it"); continue; }
            var a = journalFills[i].Fill;
            var b = fills[i];
            if (a.ClientOrderId != b.ClientOrderId || a.Quantity != b.Quantity || a.Price != b.Price || a.Side != b.Side)
                differences.Add($"fill {i + 1}: journal has {Describe(a)}, replay produced {Describe(b)}");
        }
        return differences;
    }

    private static string Terms(Order o) => string.Create(CultureInfo.InvariantCulture,
        $"{o.Side} {o.Quantity} {o.Symbol} {o.Type} limit={o.LimitPrice} stop={o.StopPrice}");

    private static string Describe(Fill f) => string.Create(CultureInfo.InvariantCulture,
        $"{f.ClientOrderId} {f.Side} {f.Quantity} @ {f.Price} at {f.Time:O}");
}
