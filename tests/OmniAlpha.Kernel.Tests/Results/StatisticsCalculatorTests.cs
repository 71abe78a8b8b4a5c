using OmniAlpha.Kernel.Results;

namespace OmniAlpha.Kernel.Tests.Results;

public class StatisticsCalculatorTests
{
    private static EquityPoint Point(int day, decimal equity, bool invested = true) =>
        new(TestBars.Day0.AddDays(day), equity, equity, invested);

    [Fact]
    public void Drawdown_depth_dates_and_duration_follow_the_curve()
    {
        var curve = new[] { Point(0, 100m), Point(1, 120m), Point(2, 90m), Point(3, 96m), Point(4, 125m), Point(5, 110m) };
        var s = StatisticsCalculator.Compute(100m, curve, [], 0m, 0m, 0m);
        Assert.Equal(0.25, s.MaxDrawdown, 12);
        Assert.Equal(TestBars.Day0.AddDays(1), s.MaxDrawdownPeak);
        Assert.Equal(TestBars.Day0.AddDays(2), s.MaxDrawdownTrough);
        Assert.Equal(TestBars.Day0.AddDays(4), s.MaxDrawdownRecovery);
        Assert.Equal(3.0, s.MaxDrawdownDurationDays, 12);
        Assert.Equal(0.10, s.TotalReturn, 12);
        Assert.Equal(10m, s.NetProfit);
    }

    [Fact]
    public void Unrecovered_drawdown_lasts_until_the_end()
    {
        var curve = new[] { Point(0, 100m), Point(1, 80m), Point(9, 90m) };
        var s = StatisticsCalculator.Compute(100m, curve, [], 0m, 0m, 0m);
        Assert.Null(s.MaxDrawdownRecovery);
        Assert.Equal(9.0, s.MaxDrawdownDurationDays, 12);
    }

    [Fact]
    public void Sharpe_and_volatility_use_daily_returns_and_the_observed_annualization()
    {
        // Alternating +1 % / -0.5 % over two years of business days.
        var curve = new List<EquityPoint>();
        decimal equity = 100_000m;
        var time = TestBars.Day0;
        for (int i = 0; i < 504; i++)
        {
            equity *= i % 2 == 0 ? 1.01m : 0.995m;
            time = time.AddDays(time.DayOfWeek == DayOfWeek.Friday ? 3 : 1);
            curve.Add(new EquityPoint(time, equity, equity, true));
        }
        var s = StatisticsCalculator.Compute(100_000m, curve, [], 0m, 0m, 0m);
        var returns = new List<double>();
        double previous = 100_000;
        foreach (var p in curve) { returns.Add((double)p.Equity / previous - 1); previous = (double)p.Equity; }
        double mean = returns.Average();
        double sd = Math.Sqrt(returns.Sum(r => (r - mean) * (r - mean)) / (returns.Count - 1));
        Assert.InRange(s.PeriodsPerYear, 250, 262);
        Assert.Equal(mean / sd * Math.Sqrt(s.PeriodsPerYear), s.Sharpe, 9);
        Assert.Equal(sd * Math.Sqrt(s.PeriodsPerYear), s.AnnualVolatility, 9);
        Assert.True(s.Sortino > s.Sharpe);
    }

    [Fact]
    public void Trade_statistics_count_wins_and_profit_factor_net_of_commission()
    {
        var t0 = TestBars.Day0;
        var trades = new[]
        {
            new Trade("A", true, t0, 10m, t0, 12m, 10m, 20m, 1m),
            new Trade("A", true, t0, 10m, t0, 9m, 10m, -10m, 1m),
            new Trade("A", true, t0, 10m, t0, 10m, 10m, 0m, 1m),
        };
        var s = StatisticsCalculator.Compute(100m, [Point(0, 100m)], trades, 0m, 3m, 0m);
        Assert.Equal(3, s.Trades);
        Assert.Equal(1.0 / 3, s.WinRate, 12);
        Assert.Equal(19.0 / 12, s.ProfitFactor, 12);
        var none = StatisticsCalculator.Compute(100m, [Point(0, 100m)], [trades[0]], 0m, 0m, 0m);
        Assert.True(double.IsPositiveInfinity(none.ProfitFactor));
    }

    [Fact]
    public void Exposure_is_the_fraction_of_steps_holding_a_position()
    {
        var curve = new[] { Point(0, 100m, false), Point(1, 100m, true), Point(2, 100m, true), Point(3, 100m, false) };
        Assert.Equal(0.5, StatisticsCalculator.Compute(100m, curve, [], 0m, 0m, 0m).Exposure, 12);
    }
}
