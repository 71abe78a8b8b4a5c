namespace OmniAlpha.Indicators;

/// <summary>
/// Session-anchored VWAP (not in TA-Lib): the volume-weighted mean of each bar's typical price (high + low + close) / 3
/// since the session started, sum(typical x volume) / sum(volume). A session starts with the first bar and again
/// whenever the caller says so: pass <c>startsSession: true</c>, or pass each bar's session date and the VWAP restarts
/// when it changes (use the exchange-local trading date, e.g. America/New_York for US equities, not the UTC date).
/// Ready from the first bar (lookback 0). While the session has traded no volume yet, the value is the latest bar's
/// typical price. A NaN input makes the value NaN until the next session starts; a negative volume is rejected.
/// </summary>
public sealed class VolumeWeightedAveragePrice : IBarIndicator
{
    private double _priceVolume;
    private double _volume;
    private DateOnly _session;

    /// <summary>Creates the VWAP.</summary>
    public VolumeWeightedAveragePrice() => Value = double.NaN;

    /// <inheritdoc />
    public int Lookback => 0;

    /// <inheritdoc />
    public bool IsReady => Samples > 0;

    /// <inheritdoc />
    public double Value { get; private set; }

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <summary>Number of bars in the current session.</summary>
    public int SessionBars { get; private set; }

    /// <summary>Feeds the next bar; <paramref name="startsSession"/> restarts the average at this bar.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="volume"/> is negative.</exception>
    public double Update(double high, double low, double close, double volume, bool startsSession)
    {
        if (volume < 0) throw new ArgumentOutOfRangeException(nameof(volume), volume, "VWAP: a bar's volume cannot be negative.");
        Samples++;
        if (startsSession || SessionBars == 0)
        {
            _priceVolume = 0;
            _volume = 0;
            SessionBars = 0;
        }
        SessionBars++;
        double typical = TypicalPrice.Of(high, low, close);
        _priceVolume += typical * volume;
        _volume += volume;
        Value = _volume > 0 || double.IsNaN(_volume) ? _priceVolume / _volume : typical;
        return Value;
    }

    /// <summary>Feeds the next bar of session <paramref name="session"/>; the average restarts when the session date changes.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="volume"/> is negative.</exception>
    public double Update(DateOnly session, double high, double low, double close, double volume)
    {
        bool starts = SessionBars == 0 || session != _session;
        _session = session;
        return Update(high, low, close, volume, starts);
    }

    /// <summary>Feeds the next bar of the current session (the first bar starts one).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="volume"/> is negative.</exception>
    public double Update(double open, double high, double low, double close, double volume) => Update(high, low, close, volume, startsSession: false);

    /// <inheritdoc />
    public void Reset()
    {
        _priceVolume = _volume = 0;
        _session = default;
        SessionBars = 0;
        Samples = 0;
        Value = double.NaN;
    }
}
