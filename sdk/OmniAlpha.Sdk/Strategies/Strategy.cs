using System.Globalization;
using Microsoft.Extensions.Logging;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Market.Consolidation;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Portfolio;

namespace OmniAlpha.Sdk.Strategies;

/// <summary>
/// Base class of every trading strategy. Override the <c>On*</c> callbacks; use the protected helpers to
/// read market state and place orders. The same code runs in backtests, paper and live trading.
/// </summary>
/// <remarks>
/// Callbacks run on one thread, in time order. A strategy acts on a bar after it closed: a market order
/// placed in <see cref="OnBar"/> fills at the next bar's open.
/// Quantities passed to <see cref="MarketOrder"/> and friends are signed: positive buys, negative sells.
/// </remarks>
public abstract class Strategy
{
    private IStrategyContext? _context;

    /// <summary>Name used in logs, reports and client order ids (the class name by default).</summary>
    public virtual string Name => GetType().Name;

    /// <summary>Fraction of equity <see cref="SetHoldings"/> leaves unallocated, to absorb gaps and fees (default 0.25 %).</summary>
    protected decimal SizingBuffer { get; set; } = 0.0025m;

    /// <summary>Connects the strategy to an engine. Called once by the engine before <see cref="OnStart"/>.</summary>
    /// <exception cref="InvalidOperationException">The strategy is already attached.</exception>
    public void Attach(IStrategyContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_context is not null) throw new InvalidOperationException($"Strategy {Name} is already attached to an engine.");
        _context = context;
    }

    /// <summary>The engine this strategy runs in.</summary>
    protected IStrategyContext Context =>
        _context ?? throw new InvalidOperationException($"Strategy {Name} is not attached to an engine yet.");

    // ---- callbacks -------------------------------------------------------------------------------

    /// <summary>
    /// Called once before the first bar: read parameters, create indicators, schedule callbacks. Called again on a
    /// new version swapped in by hot reload, with <see cref="IsReload"/> true.
    /// </summary>
    public virtual void OnStart() { }

    /// <summary>Called for every closed bar of every symbol, in time order (symbols in run order within a time step).</summary>
    public virtual void OnBar(in Bar bar) { }

    /// <summary>Called for every quote tick (tick-level data only).</summary>
    public virtual void OnQuote(in QuoteTick quote) { }

    /// <summary>Called for every trade tick (tick-level data only).</summary>
    public virtual void OnTrade(in TradeTick trade) { }

    /// <summary>Called for every lifecycle event of this strategy's orders, before the bar in which it happened is delivered.</summary>
    public virtual void OnOrderEvent(OrderEvent orderEvent) { }

    /// <summary>Called once after the last bar.</summary>
    public virtual void OnEnd() { }

    // ---- state -----------------------------------------------------------------------------------

    /// <summary>Current engine time (UTC).</summary>
    protected DateTime Time => Context.UtcNow;

    /// <summary>The symbols of this run.</summary>
    protected IReadOnlyList<Symbol> Symbols => Context.Symbols;

    /// <summary>The account.</summary>
    protected IPortfolio Portfolio => Context.Portfolio;

    /// <summary>True during warm-up (orders are rejected).</summary>
    protected bool IsWarmingUp => Context.IsWarmingUp;

    /// <summary>
    /// True when this instance replaced a running earlier version by hot reload (readable from <see cref="OnStart"/>
    /// on). Its <c>[Persist]</c> fields then hold the old version's values, positions and open orders are unchanged,
    /// schedules start empty (register them again) and the run's warm-up is not repeated: rebuild indicators from
    /// <see cref="History"/> when they are not persisted.
    /// </summary>
    protected bool IsReload => Context.IsReload;

    /// <summary>The logger for this strategy.</summary>
    protected ILogger Logger => Context.Logger;

    /// <summary>The position in <paramref name="symbol"/>.</summary>
    protected IPosition Position(Symbol symbol) => Context.Portfolio.GetPosition(symbol);

    /// <summary>The last <paramref name="count"/> bars of <paramref name="symbol"/> (index 0 = newest). Allocation-free.</summary>
    protected BarWindow History(Symbol symbol, int count) => Context.GetHistory(symbol, count);

    /// <summary>Writes an information message to the strategy's log.</summary>
    protected void Log(string message) => Context.Logger.LogInformation("{Strategy} {Time:O} {Message}", Name, Time, message);

    /// <summary>
    /// A run parameter: the value given on the command line or in configuration (<c>--param name=value</c>),
    /// else <paramref name="defaultValue"/>. Parsed with the invariant culture.
    /// </summary>
    /// <exception cref="FormatException">The given text is not a valid <typeparamref name="T"/> (names the parameter).</exception>
    protected T Param<T>(string name, T defaultValue) where T : IParsable<T>
    {
        string? raw = Context.GetParameter(name);
        T value = defaultValue;
        if (raw is not null && !T.TryParse(raw, CultureInfo.InvariantCulture, out value!))
            throw new FormatException($"Parameter '{name}': '{raw}' is not a valid {typeof(T).Name}.");
        Context.ReportParameter(name, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
        return value;
    }

    // ---- scheduling --------------------------------------------------------------------------------

    /// <summary>Runs <paramref name="callback"/> after every <paramref name="bars"/>-th time step.</summary>
    protected void EveryBars(int bars, Action callback) => Context.ScheduleEveryBars(bars, callback);

    /// <summary>Runs <paramref name="callback"/> daily at <paramref name="timeOfDay"/> (exchange time unless a zone is given).</summary>
    protected void DailyAt(TimeOnly timeOfDay, Action callback, string? timeZone = null) =>
        Context.ScheduleDaily(timeOfDay, callback, timeZone);

    /// <summary>
    /// Builds <paramref name="period"/> bars (e.g. <c>ConsolidationPeriod.Minutes(5)</c>, <c>ConsolidationPeriod.Daily</c>) of
    /// <paramref name="symbol"/> from its bars as they arrive, following the exchange's time zone and session, and calls
    /// <paramref name="onBar"/> with each finished bar in the time step that closes it (after that step's <see cref="OnBar"/>).
    /// Call from <see cref="OnStart"/>; bars delivered before the call are not consolidated.
    /// </summary>
    protected BarConsolidator Consolidate(Symbol symbol, ConsolidationPeriod period, Action<Bar> onBar) =>
        Context.Consolidate(symbol, period, onBar);

    /// <summary>Declares a warm-up of <paramref name="bars"/> time steps (call from <see cref="OnStart"/>; ignored when <see cref="IsReload"/>: a reload does not repeat the run's warm-up).</summary>
    protected void SetWarmUp(int bars) => Context.SetWarmUp(bars);

    // ---- orders ----------------------------------------------------------------------------------

    /// <summary>Market buy of <paramref name="quantity"/> (positive).</summary>
    protected OrderTicket Buy(Symbol symbol, decimal quantity, string? tag = null) =>
        Submit(new OrderRequest(symbol, OrderSide.Buy, quantity, OrderType.Market) { Tag = tag });

    /// <summary>Market sell of <paramref name="quantity"/> (positive).</summary>
    protected OrderTicket Sell(Symbol symbol, decimal quantity, string? tag = null) =>
        Submit(new OrderRequest(symbol, OrderSide.Sell, quantity, OrderType.Market) { Tag = tag });

    /// <summary>Market order; positive quantity buys, negative sells.</summary>
    protected OrderTicket MarketOrder(Symbol symbol, decimal quantity, string? tag = null) =>
        Submit(new OrderRequest(symbol, SideOf(quantity), Math.Abs(quantity), OrderType.Market) { Tag = tag });

    /// <summary>Limit order; positive quantity buys, negative sells.</summary>
    protected OrderTicket LimitOrder(Symbol symbol, decimal quantity, decimal limitPrice, TimeInForce timeInForce = TimeInForce.Gtc, string? tag = null) =>
        Submit(new OrderRequest(symbol, SideOf(quantity), Math.Abs(quantity), OrderType.Limit) { LimitPrice = limitPrice, TimeInForce = timeInForce, Tag = tag });

    /// <summary>Stop (market) order; positive quantity buys, negative sells.</summary>
    protected OrderTicket StopOrder(Symbol symbol, decimal quantity, decimal stopPrice, TimeInForce timeInForce = TimeInForce.Gtc, string? tag = null) =>
        Submit(new OrderRequest(symbol, SideOf(quantity), Math.Abs(quantity), OrderType.Stop) { StopPrice = stopPrice, TimeInForce = timeInForce, Tag = tag });

    /// <summary>Stop-limit order; positive quantity buys, negative sells.</summary>
    protected OrderTicket StopLimitOrder(Symbol symbol, decimal quantity, decimal stopPrice, decimal limitPrice, TimeInForce timeInForce = TimeInForce.Gtc, string? tag = null) =>
        Submit(new OrderRequest(symbol, SideOf(quantity), Math.Abs(quantity), OrderType.StopLimit) { StopPrice = stopPrice, LimitPrice = limitPrice, TimeInForce = timeInForce, Tag = tag });

    /// <summary>Trailing stop; the stop follows the best price since placement by <paramref name="offset"/>.</summary>
    protected OrderTicket TrailingStopOrder(Symbol symbol, decimal quantity, decimal offset, TrailingType trailingType = TrailingType.Amount, TimeInForce timeInForce = TimeInForce.Gtc, string? tag = null) =>
        Submit(new OrderRequest(symbol, SideOf(quantity), Math.Abs(quantity), OrderType.TrailingStop) { TrailingOffset = offset, TrailingType = trailingType, TimeInForce = timeInForce, Tag = tag });

    /// <summary>Market-on-open order: fills at the open of the next session.</summary>
    protected OrderTicket MarketOnOpenOrder(Symbol symbol, decimal quantity, string? tag = null) =>
        Submit(new OrderRequest(symbol, SideOf(quantity), Math.Abs(quantity), OrderType.MarketOnOpen) { Tag = tag });

    /// <summary>Market-on-close order: fills at the close of the session.</summary>
    protected OrderTicket MarketOnCloseOrder(Symbol symbol, decimal quantity, string? tag = null) =>
        Submit(new OrderRequest(symbol, SideOf(quantity), Math.Abs(quantity), OrderType.MarketOnClose) { Tag = tag });

    /// <summary>Submits any order request.</summary>
    protected OrderTicket Submit(OrderRequest request) => Context.Submit(request);

    /// <summary>Cancels an order.</summary>
    protected bool Cancel(OrderTicket ticket) => Context.Cancel(ticket.OrderId);

    /// <summary>Cancels every open order (of <paramref name="symbol"/> when given).</summary>
    protected void CancelAll(Symbol? symbol = null)
    {
        var open = Context.GetOpenOrders(symbol);
        for (int i = 0; i < open.Count; i++) Context.Cancel(open[i].OrderId);
    }

    /// <summary>
    /// Trades <paramref name="symbol"/> toward holding <paramref name="fraction"/> of equity (negative = short),
    /// sized at the last close, net of open orders, rounded down to whole lots, keeping <see cref="SizingBuffer"/> free.
    /// Returns null when no order is needed.
    /// </summary>
    protected OrderTicket? SetHoldings(Symbol symbol, decimal fraction, string? tag = null)
    {
        var window = Context.GetHistory(symbol, 1);
        if (window.Count == 0) throw new InvalidOperationException($"SetHoldings({symbol}): no price seen yet.");
        decimal price = window.Latest.Close;
        var instrument = Context.GetInstrument(symbol);
        decimal target = Context.Portfolio.Equity * fraction * (1m - SizingBuffer);
        decimal targetQuantity = instrument.RoundDownToLot(target / (price * instrument.Multiplier));
        decimal delta = targetQuantity - Position(symbol).Quantity - PendingQuantity(symbol);
        delta = instrument.RoundDownToLot(delta);
        return delta == 0m ? null : MarketOrder(symbol, delta, tag);
    }

    /// <summary>Cancels <paramref name="symbol"/>'s open orders and closes its position. Returns the closing order, if any.</summary>
    protected OrderTicket? Liquidate(Symbol symbol, string? tag = null)
    {
        CancelAll(symbol);
        decimal quantity = Position(symbol).Quantity;
        return quantity == 0m ? null : MarketOrder(symbol, -quantity, tag ?? "Liquidate");
    }

    /// <summary>Cancels all open orders and closes every position.</summary>
    protected void Liquidate()
    {
        var symbols = Context.Symbols;
        for (int i = 0; i < symbols.Count; i++) Liquidate(symbols[i]);
    }

    private decimal PendingQuantity(Symbol symbol)
    {
        var open = Context.GetOpenOrders(symbol);
        decimal pending = 0m;
        for (int i = 0; i < open.Count; i++)
        {
            var o = open[i];
            pending += o.Side == OrderSide.Buy ? o.RemainingQuantity : -o.RemainingQuantity;
        }
        return pending;
    }

    // A zero quantity is passed through (as a buy) so the kernel rejects it with a reason, like any other bad order.
    private static OrderSide SideOf(decimal signedQuantity) => signedQuantity >= 0m ? OrderSide.Buy : OrderSide.Sell;
}
