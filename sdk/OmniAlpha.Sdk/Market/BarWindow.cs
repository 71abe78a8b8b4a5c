namespace OmniAlpha.Sdk.Market;

/// <summary>
/// A read-only, allocation-free view of a symbol's most recent bars. Index 0 is the most recent bar
/// (the one the strategy is looking at now), index 1 the one before, and so on, as in LEAN's rolling window.
/// </summary>
public readonly struct BarWindow
{
    private readonly Bar[]? _ring;
    private readonly int _newest;

    /// <summary>Creates a view over a ring buffer whose newest element is at <paramref name="newest"/>.</summary>
    public BarWindow(Bar[] ring, int newest, int count)
    {
        ArgumentNullException.ThrowIfNull(ring);
        if ((uint)count > (uint)ring.Length) throw new ArgumentOutOfRangeException(nameof(count));
        _ring = ring;
        _newest = newest;
        Count = count;
    }

    /// <summary>Number of bars available (may be fewer than requested early in a run).</summary>
    public int Count { get; }

    /// <summary>The bar <paramref name="barsAgo"/> bars back; 0 is the most recent.</summary>
    public ref readonly Bar this[int barsAgo]
    {
        get
        {
            if ((uint)barsAgo >= (uint)Count)
                throw new ArgumentOutOfRangeException(nameof(barsAgo), $"Only {Count} bars are available.");
            int index = _newest - barsAgo;
            if (index < 0) index += _ring!.Length;
            return ref _ring![index];
        }
    }

    /// <summary>The most recent bar.</summary>
    public ref readonly Bar Latest => ref this[0];

    /// <summary>The oldest bar in the window.</summary>
    public ref readonly Bar Oldest => ref this[Count - 1];
}
