using OmniAlpha.Isolation.Protocol.Messages;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Portfolio;
using OmniAlpha.Sdk.Scripting;

namespace OmniAlpha.Isolation.Protocol;

/// <summary>
/// The one place SDK values become wire DTOs and back, used by both the host and the worker so every round trip is
/// symmetric and exact: decimals keep their bits, times keep their ticks and kind, enums their numbers.
/// </summary>
public static class SdkMapping
{
    /// <summary>
    /// A time on the wire: <see cref="DateTime.ToBinary"/>, its ticks and its kind, so a time crosses unchanged (the engine
    /// clock before the first bar is <c>default(DateTime)</c>, of unspecified kind, and prints without a zone).
    /// </summary>
    public static long ToWire(DateTime time) => time.ToBinary();

    /// <summary>A time from the wire (see <see cref="ToWire"/>).</summary>
    public static DateTime FromWire(long time) => DateTime.FromBinary(time);

    /// <summary>Bar to wire.</summary>
    public static BarDto ToDto(in Bar bar) => CopyTo(in bar, new BarDto());

    /// <summary>Bar to wire, into a reused DTO (the per-bar path allocates nothing).</summary>
    public static BarDto CopyTo(in Bar bar, BarDto target)
    {
        target.Symbol = bar.Symbol.Value;
        target.EndTime = ToWire(bar.EndTime);
        target.Open = bar.Open;
        target.High = bar.High;
        target.Low = bar.Low;
        target.Close = bar.Close;
        target.Volume = bar.Volume;
        return target;
    }

    /// <summary>Bar from wire.</summary>
    public static Bar FromDto(BarDto dto) =>
        new(new Symbol(dto.Symbol), FromWire(dto.EndTime), dto.Open, dto.High, dto.Low, dto.Close, dto.Volume);

    /// <summary>Order snapshot to wire.</summary>
    public static OrderDto ToDto(Order order) => new()
    {
        OrderId = order.OrderId, ClientOrderId = order.ClientOrderId, Symbol = order.Symbol.Value, Side = (int)order.Side,
        Type = (int)order.Type, Quantity = order.Quantity, CreatedTime = ToWire(order.CreatedTime), LimitPrice = order.LimitPrice,
        StopPrice = order.StopPrice, TrailingOffset = order.TrailingOffset, TrailingType = (int)order.TrailingType,
        TimeInForce = (int)order.TimeInForce, Tag = order.Tag, OcoGroup = order.OcoGroup, Status = (int)order.Status,
        FilledQuantity = order.FilledQuantity, FilledValue = order.FilledValue, Commission = order.Commission,
        LastUpdateTime = ToWire(order.LastUpdateTime),
    };

    /// <summary>Order snapshot from wire.</summary>
    public static Order FromDto(OrderDto dto) =>
        new(dto.OrderId, dto.ClientOrderId, new Symbol(dto.Symbol), (OrderSide)dto.Side, (OrderType)dto.Type, dto.Quantity, FromWire(dto.CreatedTime))
        {
            LimitPrice = dto.LimitPrice, StopPrice = dto.StopPrice, TrailingOffset = dto.TrailingOffset,
            TrailingType = (TrailingType)dto.TrailingType, TimeInForce = (TimeInForce)dto.TimeInForce, Tag = dto.Tag,
            OcoGroup = dto.OcoGroup, Status = (OrderStatus)dto.Status, FilledQuantity = dto.FilledQuantity,
            FilledValue = dto.FilledValue, Commission = dto.Commission, LastUpdateTime = FromWire(dto.LastUpdateTime),
        };

    /// <summary>Fill to wire.</summary>
    public static FillDto ToDto(Fill fill) => new()
    {
        FillId = fill.FillId, OrderId = fill.OrderId, ClientOrderId = fill.ClientOrderId, Symbol = fill.Symbol.Value,
        Time = ToWire(fill.Time), Side = (int)fill.Side, Quantity = fill.Quantity, Price = fill.Price,
        Commission = fill.Commission, Slippage = fill.Slippage, Liquidity = (int)fill.Liquidity,
    };

    /// <summary>Fill from wire.</summary>
    public static Fill FromDto(FillDto dto) =>
        new(dto.FillId, dto.OrderId, dto.ClientOrderId, new Symbol(dto.Symbol), FromWire(dto.Time), (OrderSide)dto.Side,
            dto.Quantity, dto.Price, dto.Commission, dto.Slippage, (Liquidity)dto.Liquidity);

    /// <summary>Order event to wire.</summary>
    /// <exception cref="ArgumentException">An event type this protocol version does not know.</exception>
    public static OrderEventDto ToDto(OrderEvent orderEvent)
    {
        var dto = new OrderEventDto { Kind = orderEvent.Kind, Order = ToDto(orderEvent.Order), Time = ToWire(orderEvent.Time) };
        switch (orderEvent)
        {
            case OrderFilled filled: dto.Fill = ToDto(filled.Fill); break;
            case OrderPartiallyFilled partial: dto.Fill = ToDto(partial.Fill); break;
            case OrderRejected rejected: dto.RejectCode = (int)rejected.Code; dto.Reason = rejected.Reason; break;
            case OrderCanceled canceled: dto.Reason = canceled.Reason; break;
            case OrderAccepted or OrderSubmitted or OrderCancelRequested or OrderExpired or OrderUpdated: break;
            default: throw new ArgumentException($"order event {orderEvent.GetType().Name} has no wire form in protocol {IsolationProtocol.Version}");
        }
        return dto;
    }

    /// <summary>Order event from wire.</summary>
    /// <exception cref="ProtocolException">Unknown kind, or a fill event without its fill.</exception>
    public static OrderEvent FromDto(OrderEventDto dto)
    {
        var order = FromDto(dto.Order);
        var time = FromWire(dto.Time);
        return dto.Kind switch
        {
            "Submitted" => new OrderSubmitted(order, time),
            "Accepted" => new OrderAccepted(order, time),
            "Rejected" => new OrderRejected(order, time, (RejectReason)dto.RejectCode, dto.Reason ?? ""),
            "PartiallyFilled" => new OrderPartiallyFilled(order, time, FromDto(dto.Fill ?? throw MissingFill(dto))),
            "Filled" => new OrderFilled(order, time, FromDto(dto.Fill ?? throw MissingFill(dto))),
            "CancelRequested" => new OrderCancelRequested(order, time),
            "Canceled" => new OrderCanceled(order, time, dto.Reason ?? ""),
            "Expired" => new OrderExpired(order, time),
            "Updated" => new OrderUpdated(order, time),
            _ => throw new ProtocolException($"unknown order event kind '{dto.Kind}'"),
        };
    }

    /// <summary>Order request to wire.</summary>
    public static OrderRequestDto ToDto(OrderRequest request) => new()
    {
        Symbol = request.Symbol.Value ?? "", Side = (int)request.Side, Quantity = request.Quantity, Type = (int)request.Type,
        LimitPrice = request.LimitPrice, StopPrice = request.StopPrice, TrailingOffset = request.TrailingOffset,
        TrailingType = (int)request.TrailingType, TimeInForce = (int)request.TimeInForce, ClientOrderId = request.ClientOrderId,
        Tag = request.Tag, OcoGroup = request.OcoGroup,
    };

    /// <summary>Order request from wire.</summary>
    public static OrderRequest FromDto(OrderRequestDto dto) =>
        new(new Symbol(dto.Symbol), (OrderSide)dto.Side, dto.Quantity, (OrderType)dto.Type)
        {
            LimitPrice = dto.LimitPrice, StopPrice = dto.StopPrice, TrailingOffset = dto.TrailingOffset,
            TrailingType = (TrailingType)dto.TrailingType, TimeInForce = (TimeInForce)dto.TimeInForce,
            ClientOrderId = dto.ClientOrderId, Tag = dto.Tag, OcoGroup = dto.OcoGroup,
        };

    /// <summary>Instrument to wire.</summary>
    public static InstrumentDto ToDto(Instrument instrument) => new()
    {
        Symbol = instrument.Symbol.Value, AssetClass = (int)instrument.AssetClass, Exchange = instrument.Exchange,
        QuoteCurrency = instrument.QuoteCurrency, TickSize = instrument.TickSize, LotSize = instrument.LotSize,
        Multiplier = instrument.Multiplier, TimeZone = instrument.TimeZone,
        SessionOpenTicks = instrument.SessionOpen.Ticks, SessionCloseTicks = instrument.SessionClose.Ticks,
    };

    /// <summary>Instrument from wire.</summary>
    public static Instrument FromDto(InstrumentDto dto) =>
        new(new Symbol(dto.Symbol), (AssetClass)dto.AssetClass, dto.Exchange, dto.QuoteCurrency, dto.TickSize, dto.LotSize,
            dto.Multiplier, dto.TimeZone)
        {
            SessionOpen = new TimeOnly(dto.SessionOpenTicks),
            SessionClose = new TimeOnly(dto.SessionCloseTicks),
        };

    /// <summary>Account settings to wire.</summary>
    public static AccountDto ToDto(AccountSettings account) =>
        new() { StartingCash = account.StartingCash, Type = (int)account.Type, Leverage = account.Leverage, Currency = account.Currency };

    /// <summary>Account settings from wire.</summary>
    public static AccountSettings FromDto(AccountDto dto) => new(dto.StartingCash, (AccountType)dto.Type, dto.Leverage, dto.Currency);

    /// <summary>A position's current values to wire.</summary>
    public static PositionDto ToDto(IPosition position) => CopyTo(position, new PositionDto());

    /// <summary>A position's current values to wire, into a reused DTO.</summary>
    public static PositionDto CopyTo(IPosition position, PositionDto target)
    {
        target.Symbol = position.Symbol.Value;
        target.Quantity = position.Quantity;
        target.CostBasis = position.CostBasis;
        target.AverageCost = position.AverageCost;
        target.LastPrice = position.LastPrice;
        target.MarketValue = position.MarketValue;
        target.UnrealizedPnl = position.UnrealizedPnl;
        target.RealizedPnl = position.RealizedPnl;
        target.Commission = position.Commission;
        return target;
    }

    /// <summary>The portfolio's current totals to wire.</summary>
    public static PortfolioDto ToDto(IPortfolio portfolio) => new()
    {
        Cash = portfolio.Cash, Equity = portfolio.Equity, GrossExposure = portfolio.GrossExposure,
        NetExposure = portfolio.NetExposure, BuyingPower = portfolio.BuyingPower, RealizedPnl = portfolio.RealizedPnl,
        UnrealizedPnl = portfolio.UnrealizedPnl, TotalCommission = portfolio.TotalCommission, TotalSlippage = portfolio.TotalSlippage,
    };

    /// <summary>Budget limits to wire.</summary>
    public static BudgetDto ToDto(ScriptBudgetLimits limits) => new()
    {
        CallbackTimeTicks = limits.CallbackTime.Ticks, TotalTimeTicks = limits.TotalTime?.Ticks,
        CallbackAllocatedBytes = limits.CallbackAllocatedBytes, MaxCallDepth = limits.MaxCallDepth,
    };

    /// <summary>Budget limits from wire.</summary>
    public static ScriptBudgetLimits FromDto(BudgetDto dto) => new()
    {
        CallbackTime = TimeSpan.FromTicks(dto.CallbackTimeTicks),
        TotalTime = dto.TotalTimeTicks is { } total ? TimeSpan.FromTicks(total) : null,
        CallbackAllocatedBytes = dto.CallbackAllocatedBytes,
        MaxCallDepth = dto.MaxCallDepth,
    };

    private static ProtocolException MissingFill(OrderEventDto dto) => new($"order event {dto.Kind} of order {dto.Order.OrderId} has no fill");
}
