using System.Globalization;
using OmniAlpha.Sdk.Brokerage;
using OmniAlpha.Sdk.Execution;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Plugins.Simulated;

/// <summary>
/// A simulated venue that fills orders against the bars the strategy sees, deterministically and without look-ahead.
/// </summary>
/// <remarks>
/// <para><b>Driving it.</b> Register instruments with <see cref="AddInstrument"/>, <see cref="Connect"/> a listener,
/// optionally <see cref="SetFillGuard"/>, then call <see cref="OnBar"/> for every bar of every symbol in time order,
/// before the strategy sees the bar. Every callback happens synchronously inside the call that caused it.</para>
/// <para><b>Clock.</b> The exchange's "now" is the latest bar end seen (or an order's created time when later).
/// Accepts, cancels and amendments are stamped with it; fills and expiries with the end time of the bar they happen on.</para>
/// <para><b>No look-ahead.</b> An order only trades on bars ending strictly after both its
/// <see cref="Order.CreatedTime"/> and the exchange clock at submission, so an order decided on bar t fills on bar
/// t+1 at the earliest, also when it was submitted from a listener callback while a bar was being matched.
/// An amendment likewise takes effect from the next bar. Working orders of a symbol are matched in order-id order.</para>
/// <para><b>Prices.</b> The fill model (<see cref="BarFillModel"/> by default) decides fill and price. Taker fills
/// then get the slippage model's per-unit amount rounded to the instrument's price precision, added to buys and
/// subtracted from sells (a sell never below one tick, a limit or stop-limit order never past its limit); maker
/// fills get none. The reported slippage is the per-unit amount actually applied times the quantity.</para>
/// <para><b>Trailing stops.</b> The trail starts from the symbol's last close seen at placement (or, when no bar was
/// seen yet, from the first eligible bar, which then cannot trigger it). Each bar is checked against the stop computed
/// from earlier bars only; a bar that does not trigger it then moves the best price to its high (sells) or low (buys)
/// and the stop ratchets only in the favourable direction, rounded to the tick on the less favourable side.
/// Amending a trailing stop's stop price re-anchors the trail at that level.</para>
/// <para><b>Volume cap.</b> With <see cref="SimulatedExchangeOptions.MaxVolumeParticipation"/> set, at most
/// RoundDownToLot(cap x volume) fills per bar and symbol, shared by its orders in id order; the rest keeps working.
/// A stop whose remainder was left unfilled stays triggered and fills at later opens.</para>
/// <para><b>Time in force.</b> GTC works until filled or canceled. DAY is valid for the session of its first eligible
/// bar (see <see cref="BarFillModel"/> and the session rules of the instrument) and expires at the end of that session's
/// close bar, or at the first bar of a later session when no close bar was seen. IOC fills what it can on its first
/// eligible bar and cancels the rest; FOK fills everything on its first eligible bar or cancels everything. IOC and FOK
/// are refused for market-on-open and market-on-close orders.</para>
/// <para><b>Fill guard.</b> Before each fill the guard is asked; when it refuses, the largest whole number of lots it
/// accepts (price, slippage and commission recomputed for each candidate) is filled and the remainder is canceled
/// with the guard's reason; when nothing fits the order is canceled with that reason.</para>
/// <para><b>Sessions.</b> A bar opens its session when it is the first bar of its local date (instrument time zone)
/// ending after <see cref="Instrument.SessionOpen"/>, so pre-market bars are skipped; it closes the session when it is
/// the first bar of that date ending at or after <see cref="Instrument.SessionClose"/> (midnight = 24:00). Every daily
/// bar stamped at or after the close does both.</para>
/// <para><b>Threading.</b> Not thread-safe: the kernel drives it from one thread. Bars of symbols that were never
/// registered only advance the clock.</para>
/// <para><b>Performance.</b> A bar of a symbol without working orders costs a dictionary lookup and never allocates;
/// matching allocates only when something happens (fills, cancels, expiries).</para>
/// </remarks>
public sealed class SimulatedExchange : ISimulatedBrokerage
{
    private readonly IFillModel _fillModel;
    private readonly IFeeModel _feeModel;
    private readonly ISlippageModel _slippageModel;
    private readonly decimal _maxParticipation; // 0 = no cap
    private readonly Dictionary<Symbol, SymbolBook> _books = new();
    private readonly Dictionary<long, WorkingOrder> _working = new();
    private IBrokerageListener? _listener;
    private SymbolBook? _lastBook;
    private IFillGuard? _guard;
    private DateTime _clock = DateTime.MinValue;

    /// <summary>Creates an exchange with default options (bar fills, no costs, no volume cap).</summary>
    public SimulatedExchange()
        : this(new SimulatedExchangeOptions())
    {
    }

    /// <summary>Creates an exchange.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The volume participation is not in (0, 1].</exception>
    public SimulatedExchange(SimulatedExchangeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _fillModel = options.FillModel ?? throw new ArgumentException("A fill model is required.", nameof(options));
        _feeModel = options.FeeModel ?? throw new ArgumentException("A fee model is required.", nameof(options));
        _slippageModel = options.SlippageModel ?? throw new ArgumentException("A slippage model is required.", nameof(options));
        if (options.MaxVolumeParticipation is decimal cap && (cap <= 0m || cap > 1m))
            throw new ArgumentOutOfRangeException(nameof(options), cap, "MaxVolumeParticipation must be in (0, 1].");
        _maxParticipation = options.MaxVolumeParticipation.GetValueOrDefault();
        Options = options;
    }

    /// <summary>The options the exchange was created with.</summary>
    public SimulatedExchangeOptions Options { get; }

    /// <inheritdoc />
    public string Name => "Simulated";

    /// <inheritdoc />
    public int WorkingOrderCount => _working.Count;

    /// <summary>The exchange clock: the latest bar end time seen.</summary>
    public DateTime Now => _clock;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">An instrument with the same symbol was registered already, or its time zone is unknown.</exception>
    public void AddInstrument(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        if (instrument.TickSize <= 0m || instrument.LotSize <= 0m)
            throw new ArgumentException($"Instrument {instrument.Symbol}: tick and lot size must be positive.", nameof(instrument));
        if (_books.ContainsKey(instrument.Symbol))
            throw new ArgumentException($"Instrument {instrument.Symbol} is already registered.", nameof(instrument));
        _books.Add(instrument.Symbol, new SymbolBook(instrument));
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">Already connected.</exception>
    public void Connect(IBrokerageListener listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        if (_listener is not null) throw new InvalidOperationException("The simulated exchange is already connected.");
        _listener = listener;
    }

    /// <inheritdoc />
    public void SetFillGuard(IFillGuard guard)
    {
        ArgumentNullException.ThrowIfNull(guard);
        _guard = guard;
    }

    /// <inheritdoc />
    public void Submit(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        IBrokerageListener listener = Listener;
        DateTime now = NowFor(order);
        if (!_books.TryGetValue(order.Symbol, out SymbolBook? book))
        {
            listener.OnRejected(order.OrderId, now, RejectReason.UnknownSymbol,
                $"symbol {order.Symbol} is not traded on the simulated exchange");
            return;
        }

        string? problem = SubmissionRules.Check(order, book.Instrument, out RejectReason code);
        if (problem is null && _working.ContainsKey(order.OrderId))
        {
            code = RejectReason.Brokerage;
            problem = $"order id {order.OrderId} is already working";
        }

        if (problem is not null)
        {
            listener.OnRejected(order.OrderId, now, code, problem);
            return;
        }

        var working = new WorkingOrder(order, order.CreatedTime > _clock ? order.CreatedTime : _clock);
        if (order.Type == OrderType.TrailingStop && book.HasLastBar) working.AnchorTrail(book.LastClose, book.Instrument);
        _working.Add(order.OrderId, working);
        book.Add(working);
        listener.OnAccepted(order.OrderId, now);
    }

    /// <inheritdoc />
    /// <remarks>An order that is no longer working (it already reported its terminal event) is left alone.</remarks>
    public void Cancel(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        IBrokerageListener listener = Listener;
        if (!_working.TryGetValue(order.OrderId, out WorkingOrder? working)) return;
        Retire(working);
        listener.OnCanceled(order.OrderId, NowFor(order), "canceled by request");
    }

    /// <inheritdoc />
    /// <remarks>
    /// The kernel validates amendments; a quantity at or below the filled quantity or off the lot grid is a contract
    /// violation and throws. An order that is no longer working is left alone.
    /// </remarks>
    public void Amend(Order order, OrderAmendment amendment)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(amendment);
        IBrokerageListener listener = Listener;
        if (!_working.TryGetValue(order.OrderId, out WorkingOrder? working)) return;
        Order current = working.Order;
        Instrument instrument = _books[current.Symbol].Instrument;
        if (amendment.Quantity is decimal quantity && (quantity <= current.FilledQuantity || !instrument.IsValidQuantity(quantity)))
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"Order {current.OrderId}: amended quantity {quantity} must be a whole number of lots above the filled {current.FilledQuantity}."),
                nameof(amendment));

        DateTime now = NowFor(current);
        working.Order = current with
        {
            Quantity = amendment.Quantity ?? current.Quantity,
            LimitPrice = amendment.LimitPrice ?? current.LimitPrice,
            StopPrice = amendment.StopPrice ?? current.StopPrice,
            LastUpdateTime = now,
        };
        if (current.Type == OrderType.TrailingStop && amendment.StopPrice is decimal stop)
        {
            working.TrailingStop = stop;
            working.HasTrailingBest = false;
        }

        if (_clock > working.EligibleAfter) working.EligibleAfter = _clock;
        listener.OnUpdated(current.OrderId, now, amendment);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The bar does not end after the symbol's previous bar.</exception>
    public void OnBar(in Bar bar)
    {
        SymbolBook? book = _lastBook;
        if (book is null || book.Instrument.Symbol != bar.Symbol)
        {
            if (!_books.TryGetValue(bar.Symbol, out book))
            {
                if (bar.EndTime > _clock) _clock = bar.EndTime;
                return;
            }
            _lastBook = book; // consecutive bars of one symbol skip the dictionary
        }

        if (book.HasLastBar && bar.EndTime <= book.LastBarEnd)
            throw new ArgumentException(
                $"Bar of {bar.Symbol} at {bar.EndTime:O} does not end after the previous bar at {book.LastBarEnd:O}.", nameof(bar));
        if (book.IsMatching) throw new InvalidOperationException($"OnBar for {bar.Symbol} was called while matching its previous bar.");
        if (bar.EndTime > _clock) _clock = bar.EndTime;

        DateTime? previousEnd = book.HasLastBar ? book.LastBarEnd : null;
        book.HasLastBar = true;
        book.LastBarEnd = bar.EndTime;
        book.LastClose = bar.Close;
        if (book.OpenCount == 0) return;

        var matcher = new BarMatcher(this, book, in bar, previousEnd);
        book.IsMatching = true;
        try
        {
            List<WorkingOrder> orders = book.Orders;
            int count = orders.Count; // orders added by callbacks during matching wait for the next bar
            for (int i = 0; i < count; i++)
            {
                WorkingOrder working = orders[i];
                if (!working.IsDone && bar.EndTime > working.EligibleAfter) matcher.Match(working);
            }
        }
        finally
        {
            book.IsMatching = false;
            book.Compact();
        }
    }

    internal IFillModel FillModel => _fillModel;

    /// <summary>
    /// True for a custom fill model, which is always told the session flags; the default model only reads them for
    /// market-on-open and market-on-close orders, so plain orders skip the time-zone work.
    /// </summary>
    internal bool FillModelNeedsSessions => _fillModel is not BarFillModel;

    internal IFeeModel FeeModel => _feeModel;

    internal ISlippageModel SlippageModel => _slippageModel;

    internal IFillGuard? Guard => _guard;

    internal decimal MaxParticipation => _maxParticipation;

    internal IBrokerageListener Listener =>
        _listener ?? throw new InvalidOperationException("The simulated exchange is not connected to a listener.");

    /// <summary>Takes an order out of the working set; its terminal event is reported by the caller.</summary>
    internal void Retire(WorkingOrder working)
    {
        _working.Remove(working.OrderId);
        _books[working.Order.Symbol].Retire(working);
    }

    private DateTime NowFor(Order order) => order.CreatedTime > _clock ? order.CreatedTime : _clock;
}
