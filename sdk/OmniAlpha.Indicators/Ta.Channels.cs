namespace OmniAlpha.Indicators;

public static partial class Ta
{
    /// <summary>VWAP anchored at the first bar (one session over the whole input); equals <see cref="VolumeWeightedAveragePrice"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A volume is negative.</exception>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void Vwap(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, ReadOnlySpan<double> volume, Span<double> output)
    {
        int length = SameLength(high, low, close);
        RequireSameLength(length, volume.Length, nameof(volume));
        FeedBars(new VolumeWeightedAveragePrice(), length, default, high, low, close, volume, output);
    }

    /// <summary>
    /// Session VWAP: restarts whenever <paramref name="sessions"/> (each bar's exchange-local session date) changes;
    /// equals <see cref="VolumeWeightedAveragePrice"/> fed with the same dates.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A volume is negative.</exception>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="output"/> is shorter.</exception>
    public static void Vwap(ReadOnlySpan<DateOnly> sessions, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close,
        ReadOnlySpan<double> volume, Span<double> output)
    {
        int length = SameLength(high, low, close);
        RequireSameLength(length, volume.Length, nameof(volume));
        RequireSameLength(length, sessions.Length, nameof(sessions));
        RequireOutput(length, output.Length);
        var vwap = new VolumeWeightedAveragePrice();
        for (int i = 0; i < length; i++) output[i] = vwap.Update(sessions[i], high[i], low[i], close[i], volume[i]);
    }

    /// <summary>Keltner channels (StockCharts: EMA of the close +/- multiplier x ATR); equals <see cref="KeltnerChannels"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is below 1 or the multiplier is not finite.</exception>
    /// <exception cref="ArgumentException">The inputs differ in length or an output is shorter.</exception>
    public static void Keltner(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, int period, int atrPeriod, double multiplier,
        Span<double> upper, Span<double> middle, Span<double> lower)
    {
        var channels = new KeltnerChannels(period, atrPeriod, multiplier);
        int length = SameLength(high, low, close);
        RequireOutput(length, upper.Length, nameof(upper));
        RequireOutput(length, middle.Length, nameof(middle));
        RequireOutput(length, lower.Length, nameof(lower));
        for (int i = 0; i < length; i++)
        {
            upper[i] = channels.Update(high[i], low[i], close[i]);
            middle[i] = channels.MiddleBand;
            lower[i] = channels.LowerBand;
        }
    }

    /// <summary>Donchian channels over <paramref name="period"/> bars; equals <see cref="DonchianChannels"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    /// <exception cref="ArgumentException">The inputs differ in length or an output is shorter.</exception>
    public static void Donchian(ReadOnlySpan<double> high, ReadOnlySpan<double> low, int period, Span<double> upper, Span<double> middle, Span<double> lower)
    {
        var channels = new DonchianChannels(period);
        int length = SameLength(high, low, nameof(low));
        RequireOutput(length, upper.Length, nameof(upper));
        RequireOutput(length, middle.Length, nameof(middle));
        RequireOutput(length, lower.Length, nameof(lower));
        for (int i = 0; i < length; i++)
        {
            upper[i] = channels.Update(high[i], low[i]);
            middle[i] = channels.MiddleBand;
            lower[i] = channels.LowerBand;
        }
    }

    /// <summary>Ichimoku lines as computed at each bar (not shifted); equals <see cref="IchimokuCloud"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is below 1.</exception>
    /// <exception cref="ArgumentException">The inputs differ in length or an output is shorter.</exception>
    public static void Ichimoku(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close,
        int tenkanPeriod, int kijunPeriod, int senkouPeriod,
        Span<double> tenkan, Span<double> kijun, Span<double> senkouA, Span<double> senkouB, Span<double> chikou)
    {
        var lines = new IchimokuCloud(tenkanPeriod, kijunPeriod, senkouPeriod);
        int length = SameLength(high, low, close);
        RequireOutput(length, tenkan.Length, nameof(tenkan));
        RequireOutput(length, kijun.Length, nameof(kijun));
        RequireOutput(length, senkouA.Length, nameof(senkouA));
        RequireOutput(length, senkouB.Length, nameof(senkouB));
        RequireOutput(length, chikou.Length, nameof(chikou));
        for (int i = 0; i < length; i++)
        {
            tenkan[i] = lines.Update(high[i], low[i], close[i]);
            kijun[i] = lines.Kijun;
            senkouA[i] = lines.SenkouA;
            senkouB[i] = lines.SenkouB;
            chikou[i] = lines.Chikou;
        }
    }
}
