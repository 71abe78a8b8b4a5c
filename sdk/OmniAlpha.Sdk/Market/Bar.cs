using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Sdk.Market;

/// <summary>
/// An OHLCV bar stamped with its <b>end</b> time (UTC). A bar becomes visible to a strategy only once
/// its end time has passed. Prices and volume are exact decimals.
/// </summary>
public readonly struct Bar
{
    /// <summary>Creates a bar.</summary>
    public Bar(Symbol symbol, DateTime endTime, decimal open, decimal high, decimal low, decimal close, decimal volume)
    {
        Symbol = symbol;
        EndTime = endTime;
        Open = open;
        High = high;
        Low = low;
        Close = close;
        Volume = volume;
    }

    /// <summary>Instrument the bar belongs to.</summary>
    public Symbol Symbol { get; }

    /// <summary>End of the bar's interval, UTC.</summary>
    public DateTime EndTime { get; }

    /// <summary>First traded price of the interval.</summary>
    public decimal Open { get; }

    /// <summary>Highest traded price of the interval.</summary>
    public decimal High { get; }

    /// <summary>Lowest traded price of the interval.</summary>
    public decimal Low { get; }

    /// <summary>Last traded price of the interval.</summary>
    public decimal Close { get; }

    /// <summary>Traded volume of the interval.</summary>
    public decimal Volume { get; }

    /// <summary>Returns the first consistency problem of this bar, or null when it is sound.</summary>
    /// <remarks>Checks positive prices, High &gt;= Low and that open and close lie within [Low, High].</remarks>
    public string? Validate()
    {
        if (Open <= 0m) return "Open: price must be positive";
        if (High <= 0m) return "High: price must be positive";
        if (Low <= 0m) return "Low: price must be positive";
        if (Close <= 0m) return "Close: price must be positive";
        if (High < Low) return "High: high is below low";
        if (Open > High || Open < Low) return "Open: open is outside [low, high]";
        if (Close > High || Close < Low) return "Close: close is outside [low, high]";
        if (Volume < 0m) return "Volume: volume is negative";
        return null;
    }

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"{Symbol} {EndTime:O} O={Open} H={High} L={Low} C={Close} V={Volume}");
}
