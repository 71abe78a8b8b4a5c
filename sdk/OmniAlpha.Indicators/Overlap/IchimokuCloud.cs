namespace OmniAlpha.Indicators;

/// <summary>
/// Ichimoku Kinko Hyo (not in TA-Lib), Hosoda's standard lines with periods 9, 26 and 52:
/// tenkan-sen = (highest high + lowest low) / 2 of the last 9 bars; kijun-sen = the same over 26 bars;
/// senkou span A = (tenkan + kijun) / 2; senkou span B = (highest high + lowest low) / 2 of the last 52 bars;
/// chikou span = the close. No look-ahead: every output at bar t uses bars up to t only. Charts conventionally plot the
/// senkou spans shifted 26 bars ahead (the cloud "at" bar t is the spans reported at bar t - 26) and the chikou span
/// 26 bars back; the shift is the caller's to apply, these are the values as computed now. All outputs appear together
/// once the longest window is full (lookback max(periods) - 1). Windows include the current bar and keep monotonic
/// deques (amortised O(1)). A NaN high or low gives NaN in the lines whose window holds it. Uses a bar's high, low and close.
/// </summary>
public sealed class IchimokuCloud : IBarIndicator, IMultiOutputIndicator
{
    private static readonly string[] Names = ["tenkan", "kijun", "senkoua", "senkoub", "chikou"];
    private readonly SlidingExtreme _tenkanHigh, _tenkanLow, _kijunHigh, _kijunLow, _senkouHigh, _senkouLow;

    /// <summary>Creates the Ichimoku lines.</summary>
    /// <param name="tenkanPeriod">Conversion line window (9).</param>
    /// <param name="kijunPeriod">Base line window (26), also the customary plotting shift.</param>
    /// <param name="senkouPeriod">Leading span B window (52).</param>
    /// <exception cref="ArgumentOutOfRangeException">A period is below 1.</exception>
    public IchimokuCloud(int tenkanPeriod = 9, int kijunPeriod = 26, int senkouPeriod = 52)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(tenkanPeriod, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(kijunPeriod, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(senkouPeriod, 1);
        TenkanPeriod = tenkanPeriod;
        KijunPeriod = kijunPeriod;
        SenkouPeriod = senkouPeriod;
        _tenkanHigh = new SlidingExtreme(tenkanPeriod, highest: true);
        _tenkanLow = new SlidingExtreme(tenkanPeriod, highest: false);
        _kijunHigh = new SlidingExtreme(kijunPeriod, highest: true);
        _kijunLow = new SlidingExtreme(kijunPeriod, highest: false);
        _senkouHigh = new SlidingExtreme(senkouPeriod, highest: true);
        _senkouLow = new SlidingExtreme(senkouPeriod, highest: false);
        Lookback = Math.Max(tenkanPeriod, Math.Max(kijunPeriod, senkouPeriod)) - 1;
        Tenkan = Kijun = SenkouA = SenkouB = Chikou = double.NaN;
    }

    /// <summary>Conversion line window.</summary>
    public int TenkanPeriod { get; }

    /// <summary>Base line window.</summary>
    public int KijunPeriod { get; }

    /// <summary>Leading span B window.</summary>
    public int SenkouPeriod { get; }

    /// <summary>Tenkan-sen, the conversion line (output 0, also <see cref="Value"/>).</summary>
    public double Tenkan { get; private set; }

    /// <summary>Kijun-sen, the base line (output 1).</summary>
    public double Kijun { get; private set; }

    /// <summary>Senkou span A as computed at this bar (output 2); plotted <see cref="KijunPeriod"/> bars ahead.</summary>
    public double SenkouA { get; private set; }

    /// <summary>Senkou span B as computed at this bar (output 3); plotted <see cref="KijunPeriod"/> bars ahead.</summary>
    public double SenkouB { get; private set; }

    /// <summary>Chikou span: this bar's close (output 4); plotted <see cref="KijunPeriod"/> bars back.</summary>
    public double Chikou { get; private set; }

    /// <inheritdoc />
    public IReadOnlyList<string> OutputNames => Names;

    /// <inheritdoc />
    public int Lookback { get; }

    /// <inheritdoc />
    public bool IsReady => Samples > Lookback;

    /// <inheritdoc />
    public double Value => Tenkan;

    /// <inheritdoc />
    public int Samples { get; private set; }

    /// <inheritdoc />
    public double GetOutput(int index) => index switch
    {
        0 => Tenkan,
        1 => Kijun,
        2 => SenkouA,
        3 => SenkouB,
        4 => Chikou,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "ICHIMOKU has outputs 0 (tenkan), 1 (kijun), 2 (senkoua), 3 (senkoub) and 4 (chikou)."),
    };

    /// <summary>Feeds the next bar and returns the tenkan-sen (NaN while not ready).</summary>
    public double Update(double high, double low, double close)
    {
        Samples++;
        double tenkan = (_tenkanHigh.Add(high) + _tenkanLow.Add(low)) / 2.0;
        double kijun = (_kijunHigh.Add(high) + _kijunLow.Add(low)) / 2.0;
        double senkouB = (_senkouHigh.Add(high) + _senkouLow.Add(low)) / 2.0;
        if (Samples <= Lookback) return double.NaN;
        Tenkan = tenkan;
        Kijun = kijun;
        SenkouA = (tenkan + kijun) / 2.0;
        SenkouB = senkouB;
        Chikou = close;
        return Tenkan;
    }

    /// <inheritdoc />
    public double Update(double open, double high, double low, double close, double volume) => Update(high, low, close);

    /// <inheritdoc />
    public void Reset()
    {
        _tenkanHigh.Reset();
        _tenkanLow.Reset();
        _kijunHigh.Reset();
        _kijunLow.Reset();
        _senkouHigh.Reset();
        _senkouLow.Reset();
        Samples = 0;
        Tenkan = Kijun = SenkouA = SenkouB = Chikou = double.NaN;
    }
}
