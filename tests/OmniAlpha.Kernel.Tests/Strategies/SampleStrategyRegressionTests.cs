using OmniAlpha.Kernel.Results;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Kernel.Tests.Strategies;

/// <summary>
/// The sample strategies as regression algorithms (like LEAN's): each runs on the default sample data set
/// (8 symbols x 2,520 daily bars, seed 42, 100,000 cash account, no costs) and its outcome is pinned. A change in
/// any pinned number means trading behaviour changed: if that was intended, re-pin the values in the same commit
/// and say why.
/// </summary>
public class SampleStrategyRegressionTests
{
    /// <summary>What a run is pinned by.</summary>
    private sealed record Pinned(int Orders, int Fills, int Trades, decimal FinalEquity, double TotalReturn, double Sharpe, string OrderHash);

    private static void AssertPinned(Pinned expected, BacktestResult result)
    {
        Assert.True(result.Fills.Count > 0 && result.Trades.Count > 0, "the sample must trade on the sample data");
        var actual = new Pinned(result.Orders.Count, result.Fills.Count, result.Trades.Count, result.Statistics.FinalEquity,
            Math.Round(result.Statistics.TotalReturn, 6), Math.Round(result.Statistics.Sharpe, 6), OrderListHash.Compute(result.Orders));
        Assert.Equal(expected, actual);
    }

    private static Dictionary<string, string> Params(string name, string value) => new() { [name] = value };

    [Fact]
    public void SmaCross_with_default_parameters() =>
        // Re-pinned when SMA adopted TA-Lib's order of operations (bit-identical to TA-Lib): one crossover that was an
        // exact tie in the last bit now resolves the other way.
        AssertPinned(new Pinned(701, 696, 345, 204333.16m, 1.043332, 0.905958,
            "a0a5eb0d1fec7cf9e99466bc7d92b1800425871a273a41939666346aec433141"), SampleRuns.Run(new SmaCross()));

    [Fact]
    public void SmaCross_100_shares_of_ALFA() =>
        AssertPinned(new Pinned(101, 101, 50, 95932.00m, -0.04068, -0.28676,
            "f71951e1295c0ba7ecc9d0ab1485971138c2237d29fe8131cd40c0114b1584fc"),
            SampleRuns.Run(new SmaCross(), Params("quantity", "100"), [SampleRuns.DefaultData[0]]));

    [Fact]
    public void RsiReversion_with_default_parameters() =>
        AssertPinned(new Pinned(261, 261, 130, 93408.53m, -0.065915, -0.1182,
            "ff33ad7c24ff73b53dd66e78c3b9cf2b33d2c2061e1412abebb53e2e38d25c26"), SampleRuns.Run(new RsiReversion()));

    [Fact]
    public void MomentumRotation_with_default_parameters() =>
        AssertPinned(new Pinned(89, 89, 33, 56343.36m, -0.436566, -0.019534,
            "fd665dfa38d11341da72f7623adfc74bdce44805688be8eb20dc8d24bc77d974"), SampleRuns.Run(new MomentumRotation()));

    [Fact]
    public void MomentumRotation_with_a_126_bar_lookback() =>
        AssertPinned(new Pinned(113, 113, 44, 31098.65m, -0.689014, -0.187182,
            "d95f24f8aa4435560929257227111317a57bffeede2efebca32f07b2c6c09494"),
            SampleRuns.Run(new MomentumRotation(), Params("lookback", "126")));

    [Fact]
    public void MomentumRotation_buys_only_after_its_sells_filled_so_no_rotation_is_rejected()
    {
        var result = SampleRuns.Run(new MomentumRotation(), Params("lookback", "126"));
        Assert.DoesNotContain(result.Orders, o => o.Status == OrderStatus.Rejected);
        var firstSell = result.Orders.First(o => o.Tag == "rotate out");
        var nextBuy = result.Orders.First(o => o.Tag == "rotate in" && o.OrderId > firstSell.OrderId);
        Assert.True(nextBuy.CreatedTime > firstSell.CreatedTime, "the rotation buy waits for the sell's fill");
    }

    [Fact]
    public void BracketBreakout_with_default_parameters() =>
        AssertPinned(new Pinned(1739, 1131, 565, 149481.00m, 0.49481, 0.536753,
            "225e08a0bf0d35c828cbb02637407211a90e0edc55ea8354f9a265260e06d8fa"), SampleRuns.Run(new BracketBreakout()));

    [Fact]
    public void BracketBreakout_cancels_the_sibling_of_every_exit_that_filled_and_never_goes_short()
    {
        var result = SampleRuns.Run(new BracketBreakout());
        var exits = result.Orders.Where(o => o.Tag is "take profit" or "stop loss").ToList();
        var pairs = exits.GroupBy(o => (o.Symbol, o.CreatedTime)).ToList();
        Assert.True(pairs.Count > 100, $"only {pairs.Count} brackets");
        foreach (var pair in pairs)
        {
            Assert.Equal(["take profit", "stop loss"], pair.Select(o => o.Tag));
            var filled = pair.Where(o => o.FilledQuantity > 0m).ToList();
            if (filled.Count == 0)
            {
                Assert.All(pair, o => Assert.True(o.IsOpen, $"order {o.OrderId} ended without a fill while its sibling did not fill"));
                continue;
            }
            var exit = Assert.Single(filled);
            Assert.Equal(OrderStatus.Filled, exit.Status);
            var sibling = pair.Single(o => o.OrderId != exit.OrderId);
            Assert.Equal((OrderStatus.Canceled, 0m), (sibling.Status, sibling.FilledQuantity));
        }

        foreach (var symbol in result.Symbols)
        {
            decimal position = 0m;
            foreach (var fill in result.Fills.Where(f => f.Symbol == symbol))
            {
                position += fill.SignedQuantity;
                Assert.True(position >= 0m, $"{symbol} went short at {fill.Time:O}");
            }
        }
    }
}
