using OmniAlpha.Kernel.Accounting;
using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Kernel.Tests.Accounting;

public class PositionLedgerTests
{
    private static PositionLedger NewLedger(decimal multiplier = 1m) =>
        new(Instrument.UsEquity("ABC") with { Multiplier = multiplier });

    [Fact]
    public void Opening_fills_build_fifo_lots_with_exact_cost_basis()
    {
        var p = NewLedger();
        p.Apply(100m, 10.10m, 1m);
        p.Apply(50m, 10.40m, 1m);
        Assert.Equal(150m, p.Quantity);
        Assert.Equal(100m * 10.10m + 50m * 10.40m, p.CostBasis);
        Assert.Equal(2, p.LotCount);
        Assert.Equal(2m, p.Commission);
        Assert.Equal(0m, p.RealizedPnl);
    }

    [Fact]
    public void Closing_consumes_oldest_lots_first_and_realizes_exactly()
    {
        var p = NewLedger();
        p.Apply(100m, 10.00m, 0m);
        p.Apply(100m, 11.00m, 0m);
        decimal realized = p.Apply(-150m, 12.00m, 0m);
        // 100 x (12 - 10) + 50 x (12 - 11)
        Assert.Equal(250m, realized);
        Assert.Equal(50m, p.Quantity);
        Assert.Equal(50m * 11.00m, p.CostBasis);
        Assert.Equal(1, p.LotCount);
    }

    [Fact]
    public void A_fill_that_crosses_zero_closes_the_long_and_opens_a_short_at_the_fill_price()
    {
        var p = NewLedger();
        p.Apply(100m, 10m, 0m);
        decimal realized = p.Apply(-160m, 9.5m, 0m);
        Assert.Equal(-50m, realized);
        Assert.Equal(-60m, p.Quantity);
        Assert.Equal(-60m * 9.5m, p.CostBasis);
        Assert.True(p.IsShort);
        Assert.Equal(9.5m, p.AverageCost);
    }

    [Fact]
    public void Short_positions_profit_when_the_price_falls()
    {
        var p = NewLedger();
        p.Apply(-10m, 50m, 0m);
        p.Mark(45m);
        Assert.Equal(50m, p.UnrealizedPnl);
        Assert.Equal(-450m, p.MarketValue);
        Assert.Equal(50m, p.Apply(10m, 45m, 0m));
        Assert.True(p.IsFlat);
        Assert.Equal(0m, p.CostBasis);
    }

    [Fact]
    public void Multiplier_scales_value_and_pnl()
    {
        var p = NewLedger(multiplier: 50m);
        p.Apply(2m, 4000.25m, 0m);
        p.Mark(4010.25m);
        Assert.Equal(2m * 4010.25m * 50m, p.MarketValue);
        Assert.Equal(1000m, p.UnrealizedPnl);
    }

    [Fact]
    public void Mark_returns_the_change_in_market_value()
    {
        var p = NewLedger();
        Assert.Equal(0m, p.Mark(10m));
        p.Apply(3m, 10m, 0m);
        Assert.Equal(1.5m, p.Mark(10.5m));
    }

    [Fact]
    public void Many_lots_grow_the_ring_and_keep_fifo_order()
    {
        var p = NewLedger();
        for (int i = 1; i <= 20; i++) p.Apply(1m, i, 0m);
        decimal realized = p.Apply(-5m, 100m, 0m);
        Assert.Equal(5 * 100m - (1 + 2 + 3 + 4 + 5), realized);
        Assert.Equal(15, p.LotCount);
    }
}
