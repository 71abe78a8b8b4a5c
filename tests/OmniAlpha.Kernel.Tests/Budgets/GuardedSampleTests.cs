using OmniAlpha.Kernel.Results;
using OmniAlpha.Kernel.Tests.Strategies;
using OmniAlpha.Tests.Shared;

namespace OmniAlpha.Kernel.Tests.Budgets;

/// <summary>The injected budget checks change nothing a legitimate strategy does: every sample trades identically guarded and trusted.</summary>
public sealed class GuardedSampleTests
{
    public static TheoryData<string> Samples() =>
        new(Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "strategies"), "*.cs").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_sample_gives_the_same_result_guarded_and_trusted(string sample)
    {
        string source = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "strategies", sample + ".cs"));

        var guarded = GuardedRun.Run(sample, source, SampleRuns.DefaultData, guarded: true);
        var trusted = GuardedRun.Run(sample, source, SampleRuns.DefaultData, guarded: false);

        Assert.True(trusted.Orders.Count > 0, "the sample must trade on the sample data");
        Assert.Equal(OrderListHash.Compute(trusted.Orders), OrderListHash.Compute(guarded.Orders));
        Assert.Equal(trusted.Fills.Count, guarded.Fills.Count);
        Assert.Equal(trusted.Trades.Count, guarded.Trades.Count);
        Assert.Equal(trusted.Statistics, guarded.Statistics);
        Assert.Equal(trusted.EquityCurve, guarded.EquityCurve);
    }
}
