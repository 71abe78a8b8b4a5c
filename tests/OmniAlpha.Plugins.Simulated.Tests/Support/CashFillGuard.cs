using OmniAlpha.Sdk.Brokerage;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Plugins.Simulated.Tests.Support;

/// <summary>A guard that accepts a fill while price x quantity + commission fits in a cash amount; logs every question.</summary>
public sealed class CashFillGuard(decimal cash) : IFillGuard
{
    public List<(decimal Quantity, decimal Price, decimal Commission)> Checks { get; } = new();

    public string? CheckFill(Order order, decimal quantity, decimal price, decimal commission)
    {
        Checks.Add((quantity, price, commission));
        decimal cost = price * quantity + commission;
        return cost <= cash ? null : $"insufficient cash: needs {cost}, has {cash}";
    }
}
