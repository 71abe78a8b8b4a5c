using OmniAlpha.Kernel.Tests.Strategies;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Kernel.Tests.Engine;

/// <summary>
/// The per-bar hot path (merge, brokerage, history, marking, strategy callback, equity point) allocates nothing:
/// the bytes the run's thread allocates between bar 10,000 and the last bar must be zero, up to a small allowance
/// for one-off runtime work (tiered JIT). The equity curve is preallocated before the first bar, so it does not count.
/// </summary>
public class AllocationTests
{
    private const int BarCount = 200_000;
    private const int From = 10_000;
    private const long Allowance = 1_024; // bytes over 190,000 bars: a per-bar allocation would be hundreds of KB

    private static readonly Lazy<BarSeries> Minutes = new(() =>
    {
        var start = new DateTime(2024, 1, 2, 14, 31, 0, DateTimeKind.Utc);
        var bars = new Bar[BarCount];
        for (int i = 0; i < BarCount; i++)
        {
            decimal close = 100m + (i % 97) * 0.01m - (i % 31) * 0.02m;
            bars[i] = new Bar("MIN", start.AddMinutes(i), close, close + 0.05m, close - 0.05m, close, 10_000m);
        }
        return new BarSeries(Instrument.UsEquity("MIN"), bars, TimeSpan.FromMinutes(1));
    });

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_per_bar_path_allocates_nothing(bool holdingAPosition)
    {
        // A first run absorbs one-off runtime work (type loading, tiered JIT); the second is the one measured.
        BacktestHarness.Run(new AllocationProbeStrategy(holdingAPosition, From, BarCount), Minutes.Value);
        var strategy = new AllocationProbeStrategy(holdingAPosition, From, BarCount);
        var result = BacktestHarness.Run(strategy, Minutes.Value);
        Assert.Equal(BarCount, result.BarsProcessed);
        Assert.Equal(holdingAPosition ? 10m : 0m, result.Positions[0].Quantity);
        long allocated = strategy.AllocatedAtTo - strategy.AllocatedAtFrom;
        Assert.True(allocated < Allowance, $"{allocated} bytes allocated over {BarCount - From} bars");
    }
}
