using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Kernel.Orders;

/// <summary>An allocation-free, read-only view of the router's open orders, in submission order.</summary>
internal readonly struct OpenOrderView(List<long> openIds, List<Order> orders)
{
    public int Count => openIds.Count;

    public Order this[int index] => orders[(int)(openIds[index] - 1)];
}
