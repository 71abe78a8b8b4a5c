using Microsoft.Extensions.Logging;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Market.Consolidation;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Portfolio;

namespace OmniAlpha.Sdk.Strategies;

/// <summary>
/// The engine as a strategy sees it. Implemented by the kernel (backtest, paper or live); a
/// <see cref="Strategy"/> talks to it through its protected helpers, so strategy code never depends on
/// which engine runs it.
/// </summary>
public interface IStrategyContext
{
    /// <summary>Current engine time (UTC): the end time of the latest bar delivered.</summary>
    DateTime UtcNow { get; }

    /// <summary>The symbols of this run, in a stable order.</summary>
    IReadOnlyList<Symbol> Symbols { get; }

    /// <summary>The account.</summary>
    IPortfolio Portfolio { get; }

    /// <summary>Logger named after the strategy.</summary>
    ILogger Logger { get; }

    /// <summary>True during the warm-up period: bars flow, orders are rejected.</summary>
    bool IsWarmingUp { get; }

    /// <summary>
    /// True when the running strategy instance replaced an earlier version of itself by hot reload, from its
    /// <see cref="Strategy.OnStart"/> on; false for the first version. Engines without hot reload keep the default.
    /// </summary>
    bool IsReload => false;

    /// <summary>Instrument description of <paramref name="symbol"/>.</summary>
    Instrument GetInstrument(Symbol symbol);

    /// <summary>The last <paramref name="count"/> bars of <paramref name="symbol"/> up to now (index 0 = newest).</summary>
    BarWindow GetHistory(Symbol symbol, int count);

    /// <summary>Raw text of a run parameter, or null when not given.</summary>
    string? GetParameter(string name);

    /// <summary>Records the value a parameter resolved to (for reports).</summary>
    void ReportParameter(string name, string value);

    /// <summary>Validates and routes an order; never throws for a business rejection (see the ticket's status).</summary>
    OrderTicket Submit(OrderRequest request);

    /// <summary>Requests cancellation; false when the order is unknown or already closed.</summary>
    bool Cancel(long orderId);

    /// <summary>Requests an amendment; false when the order is unknown, closed, or the change is invalid.</summary>
    bool Amend(long orderId, OrderAmendment amendment);

    /// <summary>The current snapshot of an order, or null if unknown.</summary>
    Order? GetOrder(long orderId);

    /// <summary>Open orders, optionally of one symbol, in submission order.</summary>
    IReadOnlyList<Order> GetOpenOrders(Symbol? symbol = null);

    /// <summary>Calls <paramref name="callback"/> after every <paramref name="bars"/>-th time step.</summary>
    void ScheduleEveryBars(int bars, Action callback);

    /// <summary>Calls <paramref name="callback"/> once per day at the first time step at or after
    /// <paramref name="timeOfDay"/> in <paramref name="timeZone"/> (IANA id; the first symbol's exchange zone when null).</summary>
    void ScheduleDaily(TimeOnly timeOfDay, Action callback, string? timeZone = null);

    /// <summary>
    /// Builds <paramref name="period"/> bars of <paramref name="symbol"/> from its bars as the engine delivers them (session
    /// aware, see <see cref="BarConsolidator"/>) and calls <paramref name="onBar"/> with each finished bar, in the time step
    /// that closes it, after the step's <see cref="Strategy.OnBar"/> calls.
    /// </summary>
    /// <returns>The consolidator (its working bar can be inspected).</returns>
    BarConsolidator Consolidate(Symbol symbol, ConsolidationPeriod period, Action<Bar> onBar);

    /// <summary>Declares a warm-up of <paramref name="bars"/> time steps. Only valid in <see cref="Strategy.OnStart"/>.</summary>
    void SetWarmUp(int bars);
}
