namespace OmniAlpha.Isolation.Protocol;

/// <summary>
/// The first byte of every frame: what its MessagePack body is. H = sent by the host, W = sent by the worker.
/// </summary>
public enum MessageType : byte
{
    /// <summary>H: protocol version, the script and its compile options (<see cref="Messages.HelloMessage"/>).</summary>
    Hello = 1,
    /// <summary>W: the script compiled; strategy name and source hash (<see cref="Messages.ReadyMessage"/>).</summary>
    Ready = 2,
    /// <summary>W: handshake refused: version mismatch or compile errors (<see cref="Messages.RefusedMessage"/>).</summary>
    Refused = 3,

    /// <summary>H: run OnStart (<see cref="Messages.CallbackMessage"/>).</summary>
    Start = 10,
    /// <summary>H: run OnBar.</summary>
    Bar = 11,
    /// <summary>H: run OnOrderEvent.</summary>
    OrderEvent = 12,
    /// <summary>H: run a scheduled callback.</summary>
    Scheduled = 13,
    /// <summary>H: run OnEnd.</summary>
    End = 14,

    /// <summary>W: the current callback returned (empty body).</summary>
    CallbackDone = 20,
    /// <summary>W: the current callback threw (<see cref="Messages.CallbackFailedMessage"/>).</summary>
    CallbackFailed = 21,

    /// <summary>W: portfolio totals; reply <see cref="Messages.PortfolioDto"/>.</summary>
    GetPortfolio = 30,
    /// <summary>W: one position (<see cref="Messages.SymbolQuery"/>); reply <see cref="Messages.PositionDto"/>.</summary>
    GetPosition = 31,
    /// <summary>W: recent bars (<see cref="Messages.SymbolQuery"/>); reply <see cref="Messages.HistoryReply"/>.</summary>
    GetHistory = 32,
    /// <summary>W: an instrument (<see cref="Messages.SymbolQuery"/>); reply <see cref="Messages.InstrumentDto"/>.</summary>
    GetInstrument = 33,
    /// <summary>W: a run parameter (<see cref="Messages.NameValue"/>); reply <see cref="Messages.NameValue"/>.</summary>
    GetParameter = 34,
    /// <summary>W: place an order (<see cref="Messages.OrderRequestDto"/>); reply <see cref="Messages.OrderReply"/>.</summary>
    Submit = 35,
    /// <summary>W: cancel an order (<see cref="Messages.OrderQuery"/>); reply <see cref="Messages.FlagReply"/>.</summary>
    Cancel = 36,
    /// <summary>W: amend an order (<see cref="Messages.OrderQuery"/>); reply <see cref="Messages.FlagReply"/>.</summary>
    Amend = 37,
    /// <summary>W: an order snapshot (<see cref="Messages.OrderQuery"/>); reply <see cref="Messages.OrderReply"/>.</summary>
    GetOrder = 38,
    /// <summary>W: open orders (<see cref="Messages.SymbolQuery"/>, symbol optional); reply <see cref="Messages.OrdersReply"/>.</summary>
    GetOpenOrders = 39,
    /// <summary>W: register an every-n-bars callback (<see cref="Messages.ScheduleRequest"/>); reply <see cref="Messages.FlagReply"/>.</summary>
    ScheduleEveryBars = 40,
    /// <summary>W: register a daily callback (<see cref="Messages.ScheduleRequest"/>); reply <see cref="Messages.FlagReply"/>.</summary>
    ScheduleDaily = 41,
    /// <summary>W: declare a warm-up (<see cref="Messages.SymbolQuery"/> with the bar count); reply <see cref="Messages.FlagReply"/>.</summary>
    SetWarmUp = 42,

    /// <summary>W, one-way: the value a parameter resolved to (<see cref="Messages.NameValue"/>).</summary>
    ReportParameter = 50,
    /// <summary>W, one-way: a log line (<see cref="Messages.LogMessage"/>).</summary>
    Log = 51,

    /// <summary>H: the answer to the worker's last request; its body type follows from the request.</summary>
    Reply = 60,
    /// <summary>H: the worker's last request threw in the kernel (<see cref="Messages.CallError"/>).</summary>
    CallError = 61,
}
