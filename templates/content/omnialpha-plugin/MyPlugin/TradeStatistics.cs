using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Plugins;

namespace MyPlugin;

/// <summary>
/// An analytics plugin: counts orders and fills, adds up traded value and commission, and tracks the equity curve's
/// maximum drawdown (largest fall from a running peak, as a fraction of the peak).
/// </summary>
public sealed class TradeStatistics : IPlugin, IAnalyticsPlugin
{
    private TradeStatisticsOptions _options = new();
    private int _orders;
    private int _fills;
    private int _rejections;
    private decimal _tradedValue;
    private decimal _commission;
    private decimal _peakEquity;
    private decimal _maxDrawdown;
    private decimal? _lastEquity;

    /// <summary>Reads and validates <c>Plugins:my-plugin</c>.</summary>
    public Task StartAsync(IPluginContext context, CancellationToken cancellationToken)
    {
        _options = context.GetOptions<TradeStatisticsOptions>();
        return Task.CompletedTask;
    }

    /// <summary>Holds nothing to release.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public void OnOrderEvent(OrderEvent orderEvent)
    {
        switch (orderEvent)
        {
            case OrderSubmitted:
                _orders++;
                break;
            case OrderRejected:
                _rejections++;
                break;
            case OrderFilled filled:
                CountFill(filled.Fill);
                break;
            case OrderPartiallyFilled partial:
                CountFill(partial.Fill);
                break;
        }
    }

    /// <inheritdoc />
    public void OnEquity(DateTime timeUtc, decimal cash, decimal equity)
    {
        _lastEquity = equity;
        if (equity > _peakEquity) _peakEquity = equity;
        if (_peakEquity > 0m) _maxDrawdown = Math.Max(_maxDrawdown, (_peakEquity - equity) / _peakEquity);
    }

    /// <inheritdoc />
    public AnalyticsReport CreateReport() => new(
        _options.Title,
        [
            new("orders", _orders),
            new("rejected_orders", _rejections),
            new("fills", _fills),
            new("traded_value", (double)_tradedValue),
            new("commission", (double)_commission),
            new("max_drawdown", _lastEquity is null ? null : (double)_maxDrawdown),
            new("final_equity", _lastEquity is decimal equity ? (double)equity : null),
        ],
        []);

    private void CountFill(Fill fill)
    {
        _fills++;
        _tradedValue += fill.Value;
        _commission += fill.Commission;
    }
}
