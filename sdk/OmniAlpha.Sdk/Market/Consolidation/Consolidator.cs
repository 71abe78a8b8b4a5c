using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Sdk.Market.Consolidation;

/// <summary>
/// Builds longer bars from shorter inputs (bars or trade ticks) of one instrument, session-aware: buckets follow the
/// instrument's exchange time zone and regular session (see <see cref="ConsolidationPeriod"/>), so a daily bar covers
/// the session and ends at its close, not at UTC midnight, and intraday buckets are aligned to the session open. Inputs
/// outside the regular session are not consolidated (counted in <see cref="IgnoredInputs"/>). Exact decimal OHLCV:
/// open = first, high = max, low = min, close = last, volume = sum. A bar is stamped with its bucket's end (the SDK's bar
/// convention) and handed to the callback once the bucket has closed: when an input ending at or after that end
/// arrives, or when <see cref="Scan"/> is told the time has reached it; never earlier, so there is no look-ahead.
/// Buckets without inputs produce no bar. Allocation-free per input.
/// </summary>
/// <remarks>
/// Half-days: without <c>earlyCloses</c> a shortened session's bar still ends at the regular close (it is emitted at the
/// next input or scan after it). Passing the exchange's early closes stamps and emits it at the early close.
/// </remarks>
public abstract class Consolidator
{
    private readonly SessionBuckets _buckets;
    private readonly Action<Bar> _onBar;
    private bool _hasBar;
    private DateTime _barEnd;
    private DateTime _sliceFrom;
    private DateTime _sliceTo;
    private DateTime _lastKey = DateTime.MinValue;
    private decimal _open, _high, _low, _close, _volume;

    private protected Consolidator(Instrument instrument, ConsolidationPeriod period, Action<Bar> onBar,
        IReadOnlyDictionary<DateOnly, TimeOnly>? earlyCloses)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(onBar);
        _buckets = new SessionBuckets(instrument, period, earlyCloses);
        _onBar = onBar;
        Instrument = instrument;
        Period = period;
    }

    /// <summary>The instrument whose inputs are consolidated.</summary>
    public Instrument Instrument { get; }

    /// <summary>The length of the bars built.</summary>
    public ConsolidationPeriod Period { get; }

    /// <summary>Inputs outside the regular session, which were not consolidated.</summary>
    public long IgnoredInputs { get; private set; }

    /// <summary>Bars handed to the callback so far.</summary>
    public long BarsEmitted { get; private set; }

    /// <summary>True while a bucket has inputs but has not closed yet.</summary>
    public bool HasWorkingBar => _hasBar;

    /// <summary>The bar being built (stamped with its bucket's end), for display; it is not final until emitted.</summary>
    public bool TryGetWorkingBar(out Bar bar)
    {
        bar = _hasBar ? new Bar(Instrument.Symbol, _barEnd, _open, _high, _low, _close, _volume) : default;
        return _hasBar;
    }

    /// <summary>Emits the working bar when <paramref name="utcNow"/> has reached its end (no input is needed to close a bucket).</summary>
    public void Scan(DateTime utcNow)
    {
        if (_hasBar && utcNow >= _barEnd) Emit();
    }

    /// <summary>Forgets the working bar and the input order (counters are kept).</summary>
    public void Reset()
    {
        _hasBar = false;
        _lastKey = DateTime.MinValue;
    }

    /// <summary>Adds one input.</summary>
    /// <param name="keyUtc">The instant that decides the input's bucket (a tick's time, or just before a bar's end).</param>
    /// <param name="endUtc">When the input's interval ends; the bucket closes with it when this reaches the bucket's end.</param>
    /// <param name="open">First price of the input.</param>
    /// <param name="high">Highest price of the input.</param>
    /// <param name="low">Lowest price of the input.</param>
    /// <param name="close">Last price of the input.</param>
    /// <param name="volume">Volume of the input.</param>
    private protected void Add(DateTime keyUtc, DateTime endUtc, decimal open, decimal high, decimal low, decimal close, decimal volume)
    {
        if (keyUtc < _lastKey)
            throw new ArgumentException($"{Instrument.Symbol}: input at {endUtc:O} is earlier than the previous input; consolidator inputs must be in time order.");
        _lastKey = keyUtc;
        if (_hasBar && keyUtc >= _barEnd) Emit();

        if (!_hasBar || keyUtc < _sliceFrom || keyUtc >= _sliceTo)
        {
            if (!_buckets.TryLocate(keyUtc, out DateTime bucketEnd, out _sliceFrom, out _sliceTo))
            {
                IgnoredInputs++;
                _sliceTo = _sliceFrom; // no fast path until the next bucket is located
                return;
            }
            if (!_hasBar || bucketEnd != _barEnd)
            {
                if (_hasBar) Emit();
                _hasBar = true;
                _barEnd = bucketEnd;
                _open = open;
                _high = high;
                _low = low;
                _close = close;
                _volume = volume;
                if (endUtc >= _barEnd) Emit();
                return;
            }
        }

        if (high > _high) _high = high;
        if (low < _low) _low = low;
        _close = close;
        _volume += volume;
        if (endUtc >= _barEnd) Emit();
    }

    private void Emit()
    {
        var bar = new Bar(Instrument.Symbol, _barEnd, _open, _high, _low, _close, _volume);
        _hasBar = false;
        BarsEmitted++;
        _onBar(bar);
    }
}
