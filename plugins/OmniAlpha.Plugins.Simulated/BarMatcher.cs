using System.Globalization;
using OmniAlpha.Sdk.Brokerage;
using OmniAlpha.Sdk.Execution;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Plugins.Simulated;

/// <summary>
/// Matches the working orders of one symbol against one bar: time in force, fill model, volume cap, slippage,
/// commission and fill guard. A struct living on the stack of <see cref="SimulatedExchange.OnBar"/>, so matching
/// allocates nothing unless an order trades, is canceled or expires. It tracks the volume still available on the bar.
/// </summary>
internal struct BarMatcher
{
    private readonly SimulatedExchange _exchange;
    private readonly SymbolBook _book;
    private readonly Bar _bar;
    private readonly DateTime? _previousEnd;
    private BarSession _session;
    private bool _sessionKnown;
    private decimal _capacity; // quantity that may still fill on this bar across the symbol's orders

    public BarMatcher(SimulatedExchange exchange, SymbolBook book, in Bar bar, DateTime? previousEnd)
    {
        _exchange = exchange;
        _book = book;
        _bar = bar;
        _previousEnd = previousEnd;
        _capacity = exchange.MaxParticipation == 0m
            ? decimal.MaxValue
            : book.Instrument.RoundDownToLot(exchange.MaxParticipation * bar.Volume);
    }

    /// <summary>
    /// The bar's session, classified on first use: a time-zone lookup costs more than matching a plain order, and only
    /// DAY, market-on-open and market-on-close orders (or a custom fill model) need it.
    /// </summary>
    private BarSession Session
    {
        get
        {
            if (!_sessionKnown)
            {
                _session = _book.Calendar.Classify(_bar.EndTime, _previousEnd);
                _sessionKnown = true;
            }
            return _session;
        }
    }

    /// <summary>Matches one working order that is eligible on this bar.</summary>
    public void Match(WorkingOrder working)
    {
        bool firstEligible = !working.SawEligibleBar;
        working.SawEligibleBar = true;
        TimeInForce timeInForce = working.Order.TimeInForce;
        if (timeInForce == TimeInForce.Day)
        {
            if (firstEligible)
            {
                working.DaySession = Session.Date;
            }
            else if (Session.Date > working.DaySession)
            {
                Expire(working); // its session ended without a close bar
                return;
            }
        }

        Instrument instrument = _book.Instrument;
        Order order = working.Order;
        bool trailingUnknown = order.Type == OrderType.TrailingStop && working.TrailingStop == 0m && !working.StopTriggered;
        FillDecision decision = FillDecision.None;
        if (!trailingUnknown)
        {
            bool sessionFlags = _exchange.FillModelNeedsSessions || order.Type is OrderType.MarketOnOpen or OrderType.MarketOnClose;
            var session = sessionFlags ? Session : default;
            var context = new FillContext(order, instrument, working.StopTriggered, working.TrailingStop,
                session.IsOpenBar, session.IsCloseBar);
            decision = _exchange.FillModel.Evaluate(in context, in _bar);
        }

        if (decision.StopTriggered) working.StopTriggered = true;
        if (decision.IsFilled) Fill(working, decision);
        if (working.IsDone) return; // filled, canceled, or canceled from a listener callback

        if (timeInForce == TimeInForce.Ioc)
        {
            Cancel(working, "IOC: unfilled remainder canceled");
            return;
        }

        if (timeInForce == TimeInForce.Fok)
        {
            Cancel(working, "FOK: not filled on its first eligible bar, canceled");
            return;
        }

        if (timeInForce == TimeInForce.Day && Session.IsCloseBar && Session.Date == working.DaySession)
        {
            Expire(working);
            return;
        }

        if (order.Type == OrderType.TrailingStop && !working.StopTriggered) working.Ratchet(_bar.High, _bar.Low, instrument);
    }

    private void Fill(WorkingOrder working, FillDecision decision)
    {
        if (decision.Price <= 0m)
            throw new InvalidOperationException(
                string.Create(CultureInfo.InvariantCulture, $"Fill model returned a non-positive price {decision.Price} for order {working.OrderId}."));

        Order order = working.Order;
        decimal remaining = order.RemainingQuantity;
        decimal quantity = Math.Min(remaining, _capacity);
        bool fok = order.TimeInForce == TimeInForce.Fok;
        if (fok && quantity < remaining)
        {
            Cancel(working, string.Create(CultureInfo.InvariantCulture,
                $"FOK: only {quantity} of {remaining} could fill on its first eligible bar (volume cap), canceled"));
            return;
        }

        if (quantity <= 0m) return; // the bar's volume is used up; it keeps working

        FillTerms terms = Terms(order, decision, quantity);
        IFillGuard? guard = _exchange.Guard;
        string? refusal = guard?.CheckFill(order, quantity, terms.Price, terms.Commission);
        if (refusal is null)
        {
            Report(working, quantity, terms, decision.Liquidity);
            return;
        }

        if (fok)
        {
            Cancel(working, "FOK: " + refusal);
            return;
        }

        // Largest whole number of lots the guard accepts; assumes acceptance is monotone in quantity.
        decimal lot = _book.Instrument.LotSize;
        decimal low = 0m;
        decimal high = quantity / lot - 1m;
        FillTerms accepted = default;
        while (low < high)
        {
            decimal middle = decimal.Floor((low + high + 1m) / 2m);
            FillTerms candidate = Terms(order, decision, middle * lot);
            if (guard!.CheckFill(order, middle * lot, candidate.Price, candidate.Commission) is null)
            {
                low = middle;
                accepted = candidate;
            }
            else
            {
                high = middle - 1m;
            }
        }

        if (low > 0m)
        {
            Report(working, low * lot, accepted, decision.Liquidity);
        }

        if (!working.IsDone) Cancel(working, refusal);
    }

    /// <summary>Price after slippage, per-unit slippage applied and commission for filling <paramref name="quantity"/>.</summary>
    private readonly FillTerms Terms(Order order, FillDecision decision, decimal quantity)
    {
        Instrument instrument = _book.Instrument;
        decimal basePrice = decision.Price;
        decimal price = basePrice;
        if (decision.Liquidity == Liquidity.Taker)
        {
            decimal slippage = _exchange.SlippageModel.GetSlippage(instrument, order.Side, basePrice, quantity, in _bar);
            if (slippage < 0m)
                throw new InvalidOperationException(
                    string.Create(CultureInfo.InvariantCulture, $"Slippage model {_exchange.SlippageModel} returned a negative slippage {slippage}."));
            slippage = decimal.Round(slippage, instrument.PricePrecision, MidpointRounding.AwayFromZero);
            bool hasLimit = order.Type is OrderType.Limit or OrderType.StopLimit;
            if (order.Side == OrderSide.Buy)
            {
                price = basePrice + slippage;
                if (hasLimit) price = Math.Min(price, order.LimitPrice.GetValueOrDefault());
            }
            else
            {
                price = Math.Max(basePrice - slippage, Math.Min(basePrice, instrument.TickSize));
                if (hasLimit) price = Math.Max(price, order.LimitPrice.GetValueOrDefault());
            }

            // A limit can sit on the far side of a gapped open; never report negative slippage.
            if (order.Side == OrderSide.Buy ? price < basePrice : price > basePrice) price = basePrice;
        }

        var feeContext = new FeeContext(order, instrument, quantity, price, order.FilledQuantity == 0m);
        decimal commission = _exchange.FeeModel.GetCommission(in feeContext);
        if (commission < 0m)
            throw new InvalidOperationException(
                string.Create(CultureInfo.InvariantCulture, $"Fee model {_exchange.FeeModel} returned a negative commission {commission}."));
        return new FillTerms(price, Math.Abs(price - basePrice), commission);
    }

    /// <summary>Applies a fill to the exchange's state first (callbacks may re-enter), then reports it.</summary>
    private void Report(WorkingOrder working, decimal quantity, FillTerms terms, Liquidity liquidity)
    {
        Order before = working.Order;
        decimal filled = before.FilledQuantity + quantity;
        bool complete = filled >= before.Quantity;
        working.Order = before with
        {
            FilledQuantity = filled,
            FilledValue = before.FilledValue + terms.Price * quantity,
            Commission = before.Commission + terms.Commission,
            Status = complete ? OrderStatus.Filled : OrderStatus.PartiallyFilled,
            LastUpdateTime = _bar.EndTime,
        };
        _capacity -= quantity;
        if (complete) _exchange.Retire(working);
        _exchange.Listener.OnFill(before.OrderId, _bar.EndTime, quantity, terms.Price, terms.Commission,
            terms.SlippagePerUnit * quantity, liquidity);
    }

    private readonly void Cancel(WorkingOrder working, string reason)
    {
        _exchange.Retire(working);
        _exchange.Listener.OnCanceled(working.OrderId, _bar.EndTime, reason);
    }

    private readonly void Expire(WorkingOrder working)
    {
        _exchange.Retire(working);
        _exchange.Listener.OnExpired(working.OrderId, _bar.EndTime);
    }
}
