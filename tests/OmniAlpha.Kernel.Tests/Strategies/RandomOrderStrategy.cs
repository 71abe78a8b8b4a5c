using System.Globalization;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Portfolio;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Kernel.Tests.Strategies;

/// <summary>
/// A seeded monkey: on every bar it may submit an order of any type and time in force, cancel an open order or
/// amend one (valid or not). After every time step it checks the account invariants from inside the run and
/// records each violation with the time it happened.
/// </summary>
internal sealed class RandomOrderStrategy(int seed) : Strategy
{
    private static readonly TimeInForce[] TimesInForce = [TimeInForce.Gtc, TimeInForce.Day, TimeInForce.Ioc, TimeInForce.Fok];
    private readonly Random _random = new(seed);
    private readonly Dictionary<Symbol, decimal> _filledBySymbol = [];
    private decimal _startingEquity;

    /// <summary>Every invariant violation seen, with its time.</summary>
    public List<string> Violations { get; } = [];

    /// <summary>Number of time steps checked.</summary>
    public int StepsChecked { get; private set; }

    /// <summary>True once any position was short at the end of a time step.</summary>
    public bool SawShort { get; private set; }

    /// <summary>Order kinds submitted, to show the run covered them all.</summary>
    public HashSet<string> KindsSubmitted { get; } = [];

    public override void OnStart()
    {
        _startingEquity = Portfolio.Equity;
        foreach (var symbol in Symbols) _filledBySymbol[symbol] = 0m;
        EveryBars(1, CheckInvariants);
    }

    public override void OnOrderEvent(OrderEvent orderEvent)
    {
        var fill = orderEvent switch
        {
            OrderFilled f => f.Fill,
            OrderPartiallyFilled p => p.Fill,
            _ => null,
        };
        if (fill is not null) _filledBySymbol[fill.Symbol] += fill.SignedQuantity;
    }

    public override void OnBar(in Bar bar)
    {
        double roll = _random.NextDouble();
        if (roll < 0.40) SubmitRandom(bar);
        else if (roll < 0.50) CancelRandom();
        else if (roll < 0.62) AmendRandom(bar);
    }

    private void SubmitRandom(in Bar bar)
    {
        var symbol = bar.Symbol;
        var instrument = Context.GetInstrument(symbol);
        decimal position = Position(symbol).Quantity;
        bool sell = Portfolio.Account.Type == AccountType.Cash
            ? position > 0m && _random.NextDouble() < 0.45
            : _random.NextDouble() < 0.5;
        decimal quantity = !sell || Portfolio.Account.Type != AccountType.Cash ? _random.Next(1, 151)
            : _random.NextDouble() < 0.4 ? position // close it all, so round trips complete
            : _random.Next(1, (int)Math.Min(position, 150m) + 1);
        var side = sell ? OrderSide.Sell : OrderSide.Buy;
        var tif = TimesInForce[_random.Next(TimesInForce.Length)];
        decimal close = bar.Close;
        var request = _random.Next(8) switch
        {
            0 => new OrderRequest(symbol, side, quantity, OrderType.Market),
            1 => new OrderRequest(symbol, side, quantity, OrderType.Limit) { LimitPrice = Near(close, instrument) },
            2 => new OrderRequest(symbol, side, quantity, OrderType.Stop) { StopPrice = Near(close, instrument) },
            3 => StopLimit(symbol, side, quantity, close, instrument),
            4 => new OrderRequest(symbol, side, quantity, OrderType.TrailingStop)
            {
                TrailingOffset = Math.Max(instrument.TickSize, instrument.RoundToTick(close * 0.02m)), TrailingType = TrailingType.Amount,
            },
            5 => new OrderRequest(symbol, side, quantity, OrderType.TrailingStop)
            {
                TrailingOffset = _random.Next(1, 6) / 100m, TrailingType = TrailingType.Percent,
            },
            6 => new OrderRequest(symbol, side, quantity, OrderType.MarketOnOpen),
            _ => new OrderRequest(symbol, side, quantity, OrderType.MarketOnClose),
        };
        request = request with { TimeInForce = tif };
        KindsSubmitted.Add(request.Type + "/" + request.TrailingType + "/" + tif);
        Submit(request);
    }

    private OrderRequest StopLimit(Symbol symbol, OrderSide side, decimal quantity, decimal close, Instrument instrument)
    {
        decimal stop = Near(close, instrument);
        decimal limit = instrument.RoundToTick(stop * (1m + (_random.Next(-20, 21) / 1000m)));
        return new OrderRequest(symbol, side, quantity, OrderType.StopLimit) { StopPrice = stop, LimitPrice = Math.Max(limit, instrument.TickSize) };
    }

    private void CancelRandom()
    {
        var open = Context.GetOpenOrders();
        if (open.Count > 0) Context.Cancel(open[_random.Next(open.Count)].OrderId);
    }

    private void AmendRandom(in Bar bar)
    {
        var open = Context.GetOpenOrders(bar.Symbol);
        if (open.Count == 0) return;
        var order = open[_random.Next(open.Count)];
        var instrument = Context.GetInstrument(bar.Symbol);
        // Sometimes invalid on purpose: a quantity at or below the filled one, or a price the type does not have.
        decimal? quantity = _random.Next(3) == 0 ? order.FilledQuantity + _random.Next(0, 100) : null;
        decimal? limit = _random.Next(3) == 0 ? Near(bar.Close, instrument) : null;
        decimal? stop = _random.Next(3) == 0 ? Near(bar.Close, instrument) : null;
        Context.Amend(order.OrderId, new OrderAmendment(quantity, limit, stop));
    }

    private decimal Near(decimal close, Instrument instrument) =>
        Math.Max(instrument.TickSize, instrument.RoundToTick(close * (1m + (_random.Next(-40, 41) / 1000m))));

    private void CheckInvariants()
    {
        StepsChecked++;
        var portfolio = Portfolio;
        decimal marketValue = 0m;
        foreach (var position in portfolio.Positions)
        {
            marketValue += position.MarketValue;
            if (position.Quantity < 0m) SawShort = true;
            if (position.Quantity != _filledBySymbol[position.Symbol])
                Fail($"{position.Symbol} quantity {position.Quantity} != sum of its fills {_filledBySymbol[position.Symbol]}");
            if (portfolio.Account.Type == AccountType.Cash && position.Quantity < 0m)
                Fail($"{position.Symbol} is short {position.Quantity} in a cash account");
        }
        if (portfolio.Equity != portfolio.Cash + marketValue)
            Fail($"equity {portfolio.Equity} != cash {portfolio.Cash} + market value {marketValue}");
        decimal pnl = portfolio.RealizedPnl + portfolio.UnrealizedPnl - portfolio.TotalCommission;
        if (portfolio.Equity - _startingEquity != pnl)
            Fail($"equity change {portfolio.Equity - _startingEquity} != realized + unrealized - commission {pnl}");
        if (portfolio.Account.Type == AccountType.Cash && portfolio.Cash < 0m)
            Fail($"cash {portfolio.Cash} is negative in a cash account");
    }

    private void Fail(string message) => Violations.Add(Time.ToString("O", CultureInfo.InvariantCulture) + ": " + message);
}
