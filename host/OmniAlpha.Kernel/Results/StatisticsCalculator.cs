namespace OmniAlpha.Kernel.Results;

/// <summary>
/// Computes <see cref="PerformanceStatistics"/> from an equity curve and the closed trades in one pass over the
/// curve (it runs once per backtest, but over every time step, so it is kept linear and allocation-light).
/// Ratios use doubles; money figures stay exact decimals.
/// </summary>
internal static class StatisticsCalculator
{
    public static PerformanceStatistics Compute(decimal startingEquity, IReadOnlyList<EquityPoint> curve,
        IReadOnlyList<Trade> trades, decimal tradedValue, decimal commission, decimal slippage)
    {
        decimal finalEquity = curve.Count > 0 ? curve[^1].Equity : startingEquity;
        double start = (double)startingEquity;

        // Daily returns: the last equity of each UTC calendar date against the previous date's (the first against the start).
        var returns = new double[curve.Count];
        int returnCount = 0;
        double previousDayEquity = start, dayEquity = start;
        long dayEndTicks = long.MinValue; // first tick after the current UTC date (no division per point)
        var drawdown = new DrawdownTracker(start);
        int invested = 0;
        double equitySum = 0;
        for (int i = 0; i < curve.Count; i++)
        {
            var point = curve[i];
            double equity = (double)point.Equity;
            long ticks = point.Time.Ticks;
            if (ticks >= dayEndTicks)
            {
                if (dayEndTicks != long.MinValue)
                {
                    returns[returnCount++] = Return(previousDayEquity, dayEquity);
                    previousDayEquity = dayEquity;
                }
                dayEndTicks = (ticks / TimeSpan.TicksPerDay + 1) * TimeSpan.TicksPerDay;
            }
            dayEquity = equity;
            drawdown.Add(point.Time, equity);
            if (point.Invested) invested++;
            equitySum += equity;
        }
        if (curve.Count > 0) returns[returnCount++] = Return(previousDayEquity, dayEquity);
        var daily = new ReadOnlySpan<double>(returns, 0, returnCount);

        double years = curve.Count > 1 ? (curve[^1].Time - curve[0].Time).TotalDays / 365.25 : 0;
        double periodsPerYear = years >= 1 ? daily.Length / years : 252.0;
        double mean = Mean(daily);
        double stdev = StandardDeviation(daily, mean);
        double downside = DownsideDeviation(daily);
        double annualization = Math.Sqrt(periodsPerYear);
        double cagr = years > 0 && start > 0 && finalEquity > 0 ? Math.Pow((double)finalEquity / start, 1.0 / years) - 1.0 : 0.0;
        double averageEquity = curve.Count > 0 ? equitySum / curve.Count : start;

        int wins = 0;
        decimal grossWin = 0m, grossLoss = 0m;
        foreach (var trade in trades)
        {
            decimal net = trade.NetPnl;
            if (net > 0m) { wins++; grossWin += net; }
            else grossLoss -= net;
        }

        DateTime end = curve.Count > 0 ? curve[^1].Time : default;
        return new PerformanceStatistics
        {
            StartingEquity = startingEquity,
            FinalEquity = finalEquity,
            NetProfit = finalEquity - startingEquity,
            TotalReturn = start > 0 ? (double)finalEquity / start - 1.0 : 0.0,
            Cagr = cagr,
            AnnualVolatility = stdev * annualization,
            Sharpe = stdev > 0 ? mean / stdev * annualization : 0,
            Sortino = downside > 0 ? mean / downside * annualization : 0,
            MaxDrawdown = drawdown.MaxDepth,
            MaxDrawdownDurationDays = drawdown.DurationDays(end),
            MaxDrawdownPeak = drawdown.Peak,
            MaxDrawdownTrough = drawdown.Trough,
            MaxDrawdownRecovery = drawdown.Recovery,
            Trades = trades.Count,
            WinRate = trades.Count > 0 ? (double)wins / trades.Count : 0,
            ProfitFactor = trades.Count == 0 ? 0 : grossLoss == 0m ? double.PositiveInfinity : (double)(grossWin / grossLoss),
            Exposure = curve.Count > 0 ? (double)invested / curve.Count : 0,
            AnnualTurnover = averageEquity > 0 && years > 0 ? (double)tradedValue / averageEquity / years : 0,
            TotalCommission = commission,
            TotalSlippage = slippage,
            PeriodsPerYear = periodsPerYear,
        };
    }

    private static double Return(double from, double to) => from == 0 ? 0 : to / from - 1.0;

    private static double Mean(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty) return 0;
        double sum = 0;
        foreach (double v in values) sum += v;
        return sum / values.Length;
    }

    private static double StandardDeviation(ReadOnlySpan<double> values, double mean)
    {
        if (values.Length < 2) return 0;
        double sum = 0;
        foreach (double v in values) sum += (v - mean) * (v - mean);
        return Math.Sqrt(sum / (values.Length - 1));
    }

    private static double DownsideDeviation(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty) return 0;
        double sum = 0;
        foreach (double v in values) if (v < 0) sum += v * v;
        return Math.Sqrt(sum / values.Length);
    }
}
