namespace OmniAlpha.Plugins.SampleData.Tests;

/// <summary>The random source matches the published algorithms and has the advertised distributions.</summary>
public sealed class Xoshiro256StarStarTests
{
    [Fact]
    public void SplitMix64_matches_the_reference_implementation()
    {
        ulong state = 0;

        Assert.Equal(0xE220A8397B1DCDAFUL, Xoshiro256StarStar.SplitMix64(ref state));
        Assert.Equal(0x6E789E6AA1B965F4UL, Xoshiro256StarStar.SplitMix64(ref state));
    }

    [Fact]
    public void Same_seed_gives_the_same_sequence_and_another_seed_another()
    {
        var a = new Xoshiro256StarStar(7);
        var b = new Xoshiro256StarStar(7);
        var c = new Xoshiro256StarStar(8);

        ulong[] first = [.. Enumerable.Range(0, 5).Select(_ => a.NextUInt64())];
        ulong[] second = [.. Enumerable.Range(0, 5).Select(_ => b.NextUInt64())];
        ulong[] other = [.. Enumerable.Range(0, 5).Select(_ => c.NextUInt64())];

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Uniforms_lie_in_the_unit_interval_with_mean_one_half()
    {
        var rng = new Xoshiro256StarStar(1);
        double sum = 0;
        for (int i = 0; i < 100_000; i++)
        {
            double u = rng.NextDouble();
            Assert.InRange(u, 0.0, 0.9999999999999999);
            sum += u;
        }

        Assert.InRange(sum / 100_000, 0.49, 0.51);
    }

    [Fact]
    public void Normals_have_mean_zero_variance_one_and_stay_within_six()
    {
        var rng = new Xoshiro256StarStar(2);
        double sum = 0, sumOfSquares = 0;
        const int n = 100_000;
        for (int i = 0; i < n; i++)
        {
            double z = rng.NextNormal();
            Assert.InRange(z, -6.0, 6.0);
            sum += z;
            sumOfSquares += z * z;
        }
        double mean = sum / n;

        Assert.InRange(mean, -0.02, 0.02);
        Assert.InRange(sumOfSquares / n - mean * mean, 0.97, 1.03);
    }
}
