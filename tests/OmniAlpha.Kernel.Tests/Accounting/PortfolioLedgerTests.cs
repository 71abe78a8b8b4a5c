using OmniAlpha.Kernel.Accounting;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Portfolio;

namespace OmniAlpha.Kernel.Tests.Accounting;

public class PortfolioLedgerTests
{
    private static readonly Instrument[] Instruments = [Instrument.UsEquity("AAA"), Instrument.UsEquity("BBB"), Instrument.UsEquity("CCC")];

    private static Fill NewFill(long id, Symbol symbol, OrderSide side, decimal quantity, decimal price, decimal commission = 0m) =>
        new(id, id, "t-" + id, symbol, DateTime.UnixEpoch, side, quantity, price, commission, 0m, Liquidity.Taker);

    [Fact]
    public void Equity_is_cash_plus_market_value_exactly_after_randomized_activity()
    {
        var random = new Random(12345);
        var portfolio = new PortfolioLedger(new AccountSettings(1_000_000m, AccountType.Margin, 4m), Instruments);
        decimal startEquity = portfolio.Equity;
        var prices = new decimal[] { 10m, 20m, 30m };
        for (int i = 0; i < 5_000; i++)
        {
            int s = random.Next(3);
            prices[s] = Math.Max(0.01m, prices[s] + random.Next(-50, 51) / 100m);
            if (random.Next(4) == 0)
            {
                var side = random.Next(2) == 0 ? OrderSide.Buy : OrderSide.Sell;
                decimal commission = random.Next(0, 300) / 100m;
                portfolio.ApplyFill(NewFill(i + 1, Instruments[s].Symbol, side, random.Next(1, 200), prices[s], commission));
            }
            else
            {
                portfolio.Mark(s, prices[s]);
            }

            Assert.Equal(portfolio.RecomputeEquity(), portfolio.Equity);
            decimal gross = 0m;
            foreach (var p in portfolio.Positions) gross += Math.Abs(p.MarketValue);
            Assert.Equal(gross, portfolio.GrossExposure);
            // realized + unrealized - fees = equity change
            Assert.Equal(portfolio.Equity - startEquity, portfolio.RealizedPnl + portfolio.UnrealizedPnl - portfolio.TotalCommission);
        }
    }

    [Fact]
    public void Buying_moves_cash_into_the_position_and_fees_leave_the_account()
    {
        var portfolio = new PortfolioLedger(new AccountSettings(10_000m), Instruments);
        portfolio.ApplyFill(NewFill(1, "AAA", OrderSide.Buy, 100m, 25.5m, 1.25m));
        Assert.Equal(10_000m - 2_550m - 1.25m, portfolio.Cash);
        Assert.Equal(2_550m, portfolio.NetExposure);
        Assert.Equal(10_000m - 1.25m, portfolio.Equity);
        portfolio.Mark(0, 26m);
        Assert.Equal(10_000m - 1.25m + 50m, portfolio.Equity);
        Assert.Equal(50m, portfolio.UnrealizedPnl);
    }

    [Fact]
    public void Buying_power_is_cash_for_a_cash_account_and_leveraged_equity_on_margin()
    {
        var cash = new PortfolioLedger(new AccountSettings(10_000m), Instruments);
        cash.ApplyFill(NewFill(1, "AAA", OrderSide.Buy, 100m, 20m));
        Assert.Equal(8_000m, cash.BuyingPower);

        var margin = new PortfolioLedger(new AccountSettings(10_000m, AccountType.Margin, 2m), Instruments);
        margin.ApplyFill(NewFill(1, "AAA", OrderSide.Sell, 100m, 20m));
        Assert.Equal(20_000m - 2_000m, margin.BuyingPower);
        Assert.Equal(12_000m, margin.Cash);
        Assert.Equal(-2_000m, margin.NetExposure);
        Assert.Equal(2_000m, margin.GrossExposure);
    }

    [Fact]
    public void Unknown_symbols_and_duplicate_instruments_are_refused_with_the_symbol_named()
    {
        var portfolio = new PortfolioLedger(new AccountSettings(1m), Instruments);
        var e = Assert.Throws<KeyNotFoundException>(() => portfolio.GetPosition("ZZZ"));
        Assert.Contains("ZZZ", e.Message);
        var dup = Assert.Throws<ArgumentException>(() => new PortfolioLedger(new AccountSettings(1m), [Instruments[0], Instruments[0]]));
        Assert.Contains("AAA", dup.Message);
    }

    [Fact]
    public void Closed_round_trips_are_recorded_with_exact_pnl_and_commission()
    {
        var portfolio = new PortfolioLedger(new AccountSettings(100_000m), Instruments);
        portfolio.ApplyFill(NewFill(1, "AAA", OrderSide.Buy, 100m, 10m, 1m));
        portfolio.ApplyFill(NewFill(2, "AAA", OrderSide.Buy, 100m, 12m, 1m));
        portfolio.ApplyFill(NewFill(3, "AAA", OrderSide.Sell, 200m, 13m, 2m));
        var trade = Assert.Single(portfolio.Trades);
        Assert.Equal(11m, trade.EntryPrice);
        Assert.Equal(13m, trade.ExitPrice);
        Assert.Equal(200m, trade.Quantity);
        Assert.Equal(400m, trade.Pnl);
        Assert.Equal(4m, trade.Commission);
        Assert.Equal(396m, trade.NetPnl);
        Assert.True(trade.IsLong);
    }
}
