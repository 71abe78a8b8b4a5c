using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Plugins;
using OmniAlpha.Sdk.Portfolio;

namespace MyPlugin;

/// <summary>
/// A pre-trade risk check: rejects an order that would take a symbol's position beyond
/// <see cref="PositionLimitOptions.MaxPositionQuantity"/> (either way), or whose value exceeds
/// <see cref="PositionLimitOptions.MaxOrderValue"/>. Orders that reduce a position are always allowed; with a value cap,
/// an order of a symbol with no known price yet is rejected (a risk check fails closed).
/// </summary>
public sealed class PositionLimitRiskCheck : IPlugin, IPreTradeRiskCheck
{
    private PositionLimitOptions _options = new();

    /// <summary>Reads and validates <c>Plugins:my-plugin</c>; an invalid value stops the plugin with the key named.</summary>
    public Task StartAsync(IPluginContext context, CancellationToken cancellationToken)
    {
        _options = context.GetOptions<PositionLimitOptions>();
        return Task.CompletedTask;
    }

    /// <summary>Holds nothing to release.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public RiskDecision Check(Order order, IPortfolio portfolio)
    {
        var position = portfolio.GetPosition(order.Symbol);
        decimal after = position.Quantity + order.SignedQuantity;
        bool reduces = Math.Abs(after) < Math.Abs(position.Quantity);
        if (reduces) return RiskDecision.Accept;

        if (Math.Abs(after) > _options.MaxPositionQuantity)
            return RiskDecision.Reject($"position limit {_options.MaxPositionQuantity} exceeded: {order.Symbol} would hold {after}");

        if (_options.MaxOrderValue == 0m) return RiskDecision.Accept;
        decimal price = order.LimitPrice ?? order.StopPrice ?? position.LastPrice;
        if (price <= 0m) return RiskDecision.Reject($"no price known for {order.Symbol} to check the order value limit");
        decimal value = order.Quantity * price;
        if (value > _options.MaxOrderValue)
            return RiskDecision.Reject($"order value {value} exceeds the limit {_options.MaxOrderValue}");

        return RiskDecision.Accept;
    }
}
