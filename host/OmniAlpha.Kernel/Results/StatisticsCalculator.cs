namespace OmniAlpha.Kernel.Results;

/// <summary>Computes <see cref="PerformanceStatistics"/> from an equity curve and the closed trades.</summary>
internal static class StatisticsCalculator
{
    public static PerformanceStatistics Compute(decimal startingEquity, IReadOnlyList<EquityPoint> curve,
        IReadOnlyList<Trade> trades, decimal tradedValue, decimal commission, decimal slippage)
    {
        decimal finalEquity = curve.Count > 0 ? curve[^1].Equity : startingEquity;
        double start = (double)startingEquity;
        double totalReturn = start > 0 ? (double)finalEquity / start - 1.0 : 0.0;

        var daily = DailyEquity(startingEquity, curve);
        var returns = new double[Math.Max(0, daily.Count - 1)];
        for (int i = 1; i < daily.Count; i++)
            returns[i - 1] = daily[i - 1].Equity == 0 ? 0 : daily[i].Equity / daily[i - 1].Equity - 1.0;

        double years = curve.Count > 1 ? (curve[^1].Time - curve[0].Time).TotalDays / 365.25 : 0;
        double periodsPerYear = years >= 1 ? returns.Length / years : 252.0;
        double mean = Mean(returns);
        double stdev = StandardDeviation(returns, mean);
        double downside = DownsideDeviation(returns);
        double annualization = Math.Sqrt(periodsPerYear);
        double cagr = years > 0 && start > 0 && finalEquity > 0 ? Math.Pow((double)finalEquity / start, 1.0 / years) - 1.0 : 0.0;

        var drawdown = MaxDrawdown(startingEquity, curve);
        int invested = 0;
        double equitySum = 0;
        foreach (var point in curve)
        {
            if (point.Invested) invested++;
            equitySum += (double)point.Equity;
        }
        double averageEquity = curve.Count > 0 ? equitySum / curve.Count : start;

        int wins = 0;
        decimal grossWin = 0m, grossLoss = 0m;
        foreach (var trade in trades)
        {
            decimal net = trade.NetPnl;
            if (net > 0m) { wins++; grossWin += net; }
            else grossLoss -= net;
        }

        return new PerformanceStatistics
        {
            StartingEquity = startingEquity,
            FinalEquity = finalEquity,
            NetProfit = finalEquity - startingEquity,
            TotalReturn = totalReturn,
            Cagr = cagr,
            AnnualVolatility = stdev * annualization,
            Sharpe = stdev > 0 ? mean / stdev * annualization : 0,
            Sortino = downside > 0 ? mean / downside * annualization : 0,
            MaxDrawdown = drawdown.Depth,
            MaxDrawdownDurationDays = drawdown.DurationDays,
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

    /// <summary>The last equity of each UTC calendar date, preceded by the starting equity.</summary>
    private static List<(DateTime Date, double Equity)> DailyEquity(decimal startingEquity, IReadOnlyList<EquityPoint> curve)
    {
        var daily = new List<(DateTime, double)>();
        if (curve.Count == 0) return daily;
        daily.Add((curve[0].Time.Date.AddDays(-1), (double)startingEquity));
        foreach (var point in curve)
        {
            var date = point.Time.Date;
            if (daily.Count > 1 && daily[^1].Item1 == date) daily[^1] = (date, (double)point.Equity);
            else daily.Add((date, (double)point.Equity));
        }
        return daily;
    }

    private static (double Depth, double DurationDays, DateTime? Peak, DateTime? Trough, DateTime? Recovery) MaxDrawdown(
        decimal startingEquity, IReadOnlyList<EquityPoint> curve)
    {
        if (curve.Count == 0) return (0, 0, null, null, null);
        decimal peak = startingEquity;
        DateTime peakTime = curve[0].Time;
        double maxDepth = 0;
        DateTime? maxPeak = null, maxTrough = null, recovery = null;
        bool awaitingRecovery = false;
        foreach (var point in curve)
        {
            if (point.Equity >= peak)
            {
                if (awaitingRecovery) { recovery = point.Time; awaitingRecovery = false; }
                peak = point.Equity;
                peakTime = point.Time;
                continue;
            }
            double depth = peak > 0m ? (double)((peak - point.Equity) / peak) : 0;
            if (depth > maxDepth)
            {
                maxDepth = depth;
                maxPeak = peakTime;
                maxTrough = point.Time;
                recovery = null;
                awaitingRecovery = true;
            }
        }
        if (maxPeak is null) return (0, 0, null, null, null);
        DateTime end = recovery ?? curve[^1].Time;
        return (maxDepth, (end - maxPeak.Value).TotalDays, maxPeak, maxTrough, recovery);
    }

    private static double Mean(double[] values)
    {
        if (values.Length == 0) return 0;
        double sum = 0;
        foreach (double v in values) sum += v;
        return sum / values.Length;
    }

    private static double StandardDeviation(double[] values, double mean)
    {
        if (values.Length < 2) return 0;
        double sum = 0;
        foreach (double v in values) sum += (v - mean) * (v - mean);
        return Math.Sqrt(sum / (values.Length - 1));
    }

    private static double DownsideDeviation(double[] values)
    {
        if (values.Length == 0) return 0;
        double sum = 0;
        foreach (double v in values) if (v < 0) sum += v * v;
        return Math.Sqrt(sum / values.Length);
    }
}
