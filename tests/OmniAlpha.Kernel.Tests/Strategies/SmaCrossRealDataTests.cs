using OmniAlpha.Plugins.Csv;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Tests.Shared;

namespace OmniAlpha.Kernel.Tests.Strategies;

/// <summary>
/// SmaCross(10, 30, 100 shares) on Oracle's 2014 daily bars (252 bars, Yahoo format), checked against trades
/// computed independently here with plain decimal arithmetic, and pinned to literal values so that a change
/// in both the strategy and this reference would still be caught.
/// </summary>
public class SmaCrossRealDataTests
{
    private const decimal Quantity = 100m;

    private sealed record ExpectedTrade(DateTime EntryTime, decimal EntryPrice, DateTime ExitTime, decimal ExitPrice, decimal Pnl);

    private static BarSeries LoadOrcl()
    {
        string path = SharedData.Require("backtrader/orcl-2014.txt");
        var source = new CsvDataSource(path, CsvColumnMapping.Yahoo);
        return source.Load(source.Symbols[0]);
    }

    /// <summary>
    /// The reference: SMA(n) = mean of the last n closes; the sign of fast - slow is compared exactly as
    /// sign(3 x sum10 - sum30); a cross is a change of that sign (bars where it is zero are skipped); a cross up
    /// when flat buys and a cross down when long sells, each at the next bar's open.
    /// </summary>
    private static (List<ExpectedTrade> Closed, (DateTime Time, decimal Price)? Open) Reference(BarSeries series)
    {
        var bars = series.Bars.ToArray();
        var closed = new List<ExpectedTrade>();
        (DateTime Time, decimal Price)? open = null;
        int lastSign = 0;
        for (int i = 29; i < bars.Length; i++)
        {
            decimal sum10 = 0m, sum30 = 0m;
            for (int k = i - 9; k <= i; k++) sum10 += bars[k].Close;
            for (int k = i - 29; k <= i; k++) sum30 += bars[k].Close;
            int sign = Math.Sign(3m * sum10 - sum30);
            if (sign == 0) continue;
            int previous = lastSign;
            lastSign = sign;
            if (previous == 0 || previous == sign || i + 1 == bars.Length) continue;
            var next = bars[i + 1];
            if (sign > 0 && open is null) open = (next.EndTime, next.Open);
            else if (sign < 0 && open is { } entry)
            {
                closed.Add(new ExpectedTrade(entry.Time, entry.Price, next.EndTime, next.Open, Quantity * (next.Open - entry.Price)));
                open = null;
            }
        }
        return (closed, open);
    }

    [SkippableFact]
    public void Every_trade_and_the_final_equity_match_a_hand_computed_reference()
    {
        var series = LoadOrcl();
        Assert.Equal(252, series.Count);
        var result = BacktestHarness.Run(new SmaCross(), [series], parameters: new Dictionary<string, string>
        {
            ["fast"] = "10", ["slow"] = "30", ["quantity"] = "100",
        });

        var (expected, open) = Reference(series);
        var actual = result.Trades.Select(t => new ExpectedTrade(t.EntryTime, t.EntryPrice, t.ExitTime, t.ExitPrice, t.Pnl)).ToList();
        Assert.Equal(expected, actual);
        Assert.All(result.Trades, t => Assert.Equal((Quantity, true, 0m), (t.Quantity, t.IsLong, t.Commission)));

        decimal lastClose = series[series.Count - 1].Close;
        decimal openPnl = open is { } entry ? Quantity * (lastClose - entry.Price) : 0m;
        decimal finalEquity = 100_000m + expected.Sum(t => t.Pnl) + openPnl;
        Assert.Equal(finalEquity, result.Statistics.FinalEquity);
        Assert.Equal(open is null ? 0m : Quantity, result.Positions[0].Quantity);
    }

    [SkippableFact]
    public void The_reference_and_the_run_are_pinned_to_literal_values()
    {
        var series = LoadOrcl();
        var (expected, open) = Reference(series);
        Assert.Equal(3, expected.Count);
        Assert.Equal(new ExpectedTrade(Utc(2014, 2, 20, 21), 37.84m, Utc(2014, 3, 24, 20), 37.490002m, -34.9998m), expected[0]);
        Assert.Equal((Utc(2014, 11, 4, 21), 38.93m), open);

        var result = BacktestHarness.Run(new SmaCross(), [series], parameters: new Dictionary<string, string> { ["quantity"] = "100" });
        Assert.Equal(3, result.Trades.Count);
        Assert.Equal(100_686.0001m, result.Statistics.FinalEquity); // 100,000 - 34.9998 + 98 + 18.9998 + 100 x (44.970001 - 38.93)
    }

    private static DateTime Utc(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);
}
