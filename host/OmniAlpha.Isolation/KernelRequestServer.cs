using Microsoft.Extensions.Logging;
using OmniAlpha.Isolation.Protocol;
using OmniAlpha.Isolation.Protocol.Messages;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Isolation;

/// <summary>
/// Runs one callback in the worker and, until the worker reports it done, serves the worker's requests against the
/// kernel's <see cref="IStrategyContext"/> synchronously on the engine thread, in arrival order. An exception the kernel
/// throws serving a request goes back to the worker as a <see cref="CallError"/>, to be rethrown in the script.
/// </summary>
internal sealed class KernelRequestServer(IStrategyContext context, Action<int> runScheduledSlot)
{
    private readonly ScheduleTable _schedules = new();

    /// <summary>True while a restarted worker runs its OnStart: a warm-up the kernel refuses (the run is past its start) is ignored.</summary>
    public bool IsRestart { get; set; }

    /// <summary>Worker requests served so far.</summary>
    public long RequestsServed { get; private set; }

    /// <summary>Starts a new worker generation (after a restart).</summary>
    public void NewGeneration() => _schedules.NewGeneration();

    /// <summary>The current worker's callback id for a kernel schedule slot.</summary>
    public bool TryGetScheduled(int slot, out int workerCallbackId) => _schedules.TryGetWorkerCallback(slot, out workerCallbackId);

    /// <summary>Sends <paramref name="message"/> and serves requests until the callback ends.</summary>
    /// <returns>Null when the callback returned; the failure report when the script threw.</returns>
    /// <exception cref="WorkerFailureException">The worker crashed, hung or broke the protocol.</exception>
    public CallbackFailedMessage? Run(WorkerProcess worker, MessageType type, CallbackMessage message, TimeSpan timeout)
    {
        worker.BeginDeadline(timeout);
        try
        {
            worker.Writer.Write(type, message);
            while (true)
            {
                if (!worker.Reader.TryRead(out var frame)) throw new EndOfStreamException($"the worker's output ended during {type}");
                switch (frame.Type)
                {
                    case MessageType.CallbackDone: return null;
                    case MessageType.CallbackFailed: return frame.Read<CallbackFailedMessage>();
                    default: Serve(worker.Writer, frame); break;
                }
            }
        }
        catch (Exception e) when (e is IOException or ProtocolException)
        {
            throw Classify(worker, e, timeout);
        }
        finally
        {
            worker.EndDeadline();
        }
    }

    /// <summary>The bit mask of log levels the kernel's logger has enabled.</summary>
    public int EnabledLogLevels()
    {
        int mask = 0;
        for (var level = LogLevel.Trace; level < LogLevel.None; level++)
            if (context.Logger.IsEnabled(level)) mask |= 1 << (int)level;
        return mask;
    }

    private void Serve(FrameWriter writer, Frame frame)
    {
        RequestsServed++;
        switch (frame.Type)
        {
            case MessageType.ReportParameter:
                var reported = frame.Read<NameValue>();
                context.ReportParameter(reported.Name, reported.Value ?? "");
                return;
            case MessageType.Log:
                var log = frame.Read<LogMessage>();
                context.Logger.Log((LogLevel)log.Level, "{Text:l}{Exception:l}", log.Text, log.Exception is null ? "" : Environment.NewLine + log.Exception);
                return;
        }
        object reply;
        try
        {
            reply = Answer(frame);
        }
        catch (ProtocolException)
        {
            throw;
        }
        catch (Exception e)
        {
            writer.Write(MessageType.CallError, new CallError { ExceptionType = e.GetType().Name, Message = e.Message });
            return;
        }
        WriteReply(writer, reply);
    }

    private object Answer(Frame frame)
    {
        switch (frame.Type)
        {
            case MessageType.GetPortfolio:
                return SdkMapping.ToDto(context.Portfolio);
            case MessageType.GetPosition:
                return SdkMapping.ToDto(context.Portfolio.GetPosition(SymbolOf(frame.Read<SymbolQuery>())));
            case MessageType.GetHistory:
            {
                var query = frame.Read<SymbolQuery>();
                var window = context.GetHistory(SymbolOf(query), query.Count);
                var bars = new BarDto[window.Count];
                for (int i = 0; i < bars.Length; i++) bars[i] = SdkMapping.ToDto(in window[bars.Length - 1 - i]);
                return new HistoryReply { Bars = bars };
            }
            case MessageType.GetInstrument:
                return SdkMapping.ToDto(context.GetInstrument(SymbolOf(frame.Read<SymbolQuery>())));
            case MessageType.GetParameter:
                var name = frame.Read<NameValue>().Name;
                return new NameValue { Name = name, Value = context.GetParameter(name) };
            case MessageType.Submit:
                var ticket = context.Submit(SdkMapping.FromDto(frame.Read<OrderRequestDto>()));
                return new OrderReply { Order = context.GetOrder(ticket.OrderId) is { } placed ? SdkMapping.ToDto(placed) : null };
            case MessageType.Cancel:
                return Flag(context.Cancel(frame.Read<OrderQuery>().OrderId));
            case MessageType.Amend:
                var amend = frame.Read<OrderQuery>();
                return Flag(context.Amend(amend.OrderId, new OrderAmendment(amend.Quantity, amend.LimitPrice, amend.StopPrice)));
            case MessageType.GetOrder:
                return new OrderReply { Order = context.GetOrder(frame.Read<OrderQuery>().OrderId) is { } order ? SdkMapping.ToDto(order) : null };
            case MessageType.GetOpenOrders:
            {
                var query = frame.Read<SymbolQuery>();
                var open = query.Symbol is null ? context.GetOpenOrders() : context.GetOpenOrders(new Symbol(query.Symbol));
                var orders = new OrderDto[open.Count];
                for (int i = 0; i < orders.Length; i++) orders[i] = SdkMapping.ToDto(open[i]);
                return new OrdersReply { Orders = orders };
            }
            case MessageType.ScheduleEveryBars:
            {
                var request = frame.Read<ScheduleRequest>();
                ArgumentOutOfRangeException.ThrowIfLessThan(request.Bars, 1, "bars");
                Register($"every {request.Bars} bars", request.CallbackId, slot => context.ScheduleEveryBars(request.Bars, () => runScheduledSlot(slot)));
                return Flag(true);
            }
            case MessageType.ScheduleDaily:
            {
                var request = frame.Read<ScheduleRequest>();
                var timeOfDay = new TimeOnly(request.TimeOfDayTicks);
                Register($"daily {timeOfDay:O} {request.TimeZone}", request.CallbackId,
                    slot => context.ScheduleDaily(timeOfDay, () => runScheduledSlot(slot), request.TimeZone));
                return Flag(true);
            }
            case MessageType.SetWarmUp:
                int warmUp = frame.Read<SymbolQuery>().Count;
                if (!IsRestart)
                {
                    context.SetWarmUp(warmUp);
                    return Flag(true);
                }
                // A restarted worker re-runs OnStart; once the run is past its start the kernel refuses a warm-up, and the
                // restarted script must not fail for it.
                try { context.SetWarmUp(warmUp); }
                catch (InvalidOperationException) { context.Logger.LogWarning("restarted isolated strategy: SetWarmUp({Bars}) ignored, the run is past its start", warmUp); }
                return Flag(true);
            default:
                throw new ProtocolException($"unexpected {Frame.Describe(frame.Type)} frame during a callback");
        }
    }

    private void Register(string schedule, int workerCallbackId, Action<int> registerWithKernel)
    {
        if (_schedules.Claim(schedule, workerCallbackId) >= 0) return;
        // Register with the kernel first: when it refuses (bad zone, bad period) no slot is left behind.
        registerWithKernel(_schedules.Count);
        _schedules.Add(schedule, workerCallbackId);
    }

    private FlagReply Flag(bool value) => new() { Value = value, IsWarmingUp = context.IsWarmingUp };

    private static Symbol SymbolOf(SymbolQuery query) => new(query.Symbol ?? throw new ProtocolException("request without its symbol"));

    private static void WriteReply(FrameWriter writer, object reply)
    {
        switch (reply)
        {
            case PortfolioDto r: writer.Write(MessageType.Reply, r); break;
            case PositionDto r: writer.Write(MessageType.Reply, r); break;
            case HistoryReply r: writer.Write(MessageType.Reply, r); break;
            case InstrumentDto r: writer.Write(MessageType.Reply, r); break;
            case NameValue r: writer.Write(MessageType.Reply, r); break;
            case OrderReply r: writer.Write(MessageType.Reply, r); break;
            case FlagReply r: writer.Write(MessageType.Reply, r); break;
            case OrdersReply r: writer.Write(MessageType.Reply, r); break;
            default: throw new InvalidOperationException($"no reply writer for {reply.GetType().Name}");
        }
    }

    private static WorkerFailureException Classify(WorkerProcess worker, Exception e, TimeSpan timeout)
    {
        if (worker.WasKilledForHang)
            return new WorkerFailureException(WorkerFailureKind.Hang, $"no answer within {timeout.TotalMilliseconds:N0} ms; worker killed", inner: e);
        if (e is ProtocolException)
        {
            worker.Kill();
            return new WorkerFailureException(WorkerFailureKind.ProtocolError, $"protocol error: {e.Message}; worker killed", inner: e);
        }
        string exit = worker.ExitCode() is { } code ? $"exit code {code}" : "pipe closed";
        string stderr = worker.StderrTail();
        return new WorkerFailureException(WorkerFailureKind.Crash,
            $"worker process ended ({exit}){(stderr.Length > 0 ? ": " + stderr : "")}", inner: e);
    }
}
