namespace OmniAlpha.Kernel.Live;

/// <summary>
/// Allocation-free latency histogram with log-spaced buckets (8 per power of two, ~9 % wide) from 1 microsecond to
/// about 1 hour; percentiles are read as the bucket's upper bound. Written by the engine thread only; readers get approximate values.
/// </summary>
internal sealed class LatencyHistogram
{
    private const int PerOctave = 8;
    private const int Octaves = 32;
    private readonly long[] _buckets = new long[PerOctave * Octaves + 1];

    public long Count { get; private set; }

    public void Record(double micros)
    {
        int index = micros <= 1 ? 0 : Math.Min(_buckets.Length - 1, (int)Math.Ceiling(Math.Log2(micros) * PerOctave));
        _buckets[index]++;
        Count++;
    }

    /// <summary>The <paramref name="quantile"/> (0..1) in microseconds; 0 when empty.</summary>
    public double Percentile(double quantile)
    {
        if (Count == 0) return 0;
        long rank = Math.Max(1, (long)Math.Ceiling(quantile * Count));
        long seen = 0;
        for (int i = 0; i < _buckets.Length; i++)
        {
            seen += _buckets[i];
            if (seen >= rank) return Math.Pow(2, (double)i / PerOctave);
        }
        return Math.Pow(2, (double)(_buckets.Length - 1) / PerOctave);
    }
}
