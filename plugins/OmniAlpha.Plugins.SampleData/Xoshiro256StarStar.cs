namespace OmniAlpha.Plugins.SampleData;

/// <summary>
/// The xoshiro256** generator (Blackman and Vigna), seeded through SplitMix64. Pure integer arithmetic, so
/// the sequence is identical on every platform and runtime, unlike <see cref="System.Random"/>, whose
/// algorithm is an implementation detail.
/// </summary>
internal struct Xoshiro256StarStar
{
    private const double TwoToMinus53 = 1.0 / (1UL << 53);

    private ulong _s0, _s1, _s2, _s3;

    /// <summary>Seeds the four state words from SplitMix64, as the authors recommend.</summary>
    public Xoshiro256StarStar(ulong seed)
    {
        _s0 = SplitMix64(ref seed);
        _s1 = SplitMix64(ref seed);
        _s2 = SplitMix64(ref seed);
        _s3 = SplitMix64(ref seed);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1): the top 53 bits scaled by an exact power of two, so no rounding occurs.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * TwoToMinus53;

    /// <summary>Uniform in [<paramref name="low"/>, <paramref name="high"/>).</summary>
    public double NextDouble(double low, double high) => low + (high - low) * NextDouble();

    /// <summary>
    /// Approximately standard normal (Irwin–Hall: the sum of twelve uniforms minus six; mean 0, variance 1,
    /// bounded by ±6). Uses only addition, so it is bit-identical everywhere, unlike Box–Muller's log and cos.
    /// </summary>
    public double NextNormal()
    {
        double sum = 0.0;
        for (int i = 0; i < 12; i++) sum += NextDouble();
        return sum - 6.0;
    }

    /// <summary>One SplitMix64 step: a well-mixed 64-bit value from a counter.</summary>
    public static ulong SplitMix64(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
