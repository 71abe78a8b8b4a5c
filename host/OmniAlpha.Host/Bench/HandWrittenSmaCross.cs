using OmniAlpha.Sdk.Data;

namespace OmniAlpha.Host.Bench;

/// <summary>
/// The baseline for the engine's speed: the same SMA(fast)/SMA(slow) crossover with the same arithmetic
/// (double moving averages over running sums, fixed-quantity long-only fills at the next open, exact decimal
/// cash and equity marked every bar and stored) written as one tight loop over the bar array, with no engine.
/// </summary>
internal static class HandWrittenSmaCross
{
    public static decimal Run(BarSeries series, int fast, int slow, decimal quantity, decimal startingCash, decimal[] equityOut)
    {
        var bars = series.Bars;
        var fastWindow = new double[fast];
        var slowWindow = new double[slow];
        double fastSum = 0, slowSum = 0;
        int lastSign = 0;
        decimal cash = startingCash, position = 0m;
        int pending = 0; // +1 buy at next open, -1 sell at next open
        for (int i = 0; i < bars.Length; i++)
        {
            ref readonly var bar = ref bars[i];
            if (pending > 0 && quantity * bar.Open <= cash) { cash -= quantity * bar.Open; position += quantity; }
            else if (pending < 0) { cash += position * bar.Open; position = 0m; }
            pending = 0;

            double close = (double)bar.Close;
            fastSum += close - fastWindow[i % fast];
            fastWindow[i % fast] = close;
            slowSum += close - slowWindow[i % slow];
            slowWindow[i % slow] = close;
            equityOut[i] = cash + position * bar.Close;
            if (i + 1 < slow) continue;

            int sign = Math.Sign(fastSum / fast - slowSum / slow);
            if (sign == 0) continue;
            int previous = lastSign;
            lastSign = sign;
            if (previous == 0 || previous == sign) continue;
            if (sign > 0 && position == 0m) pending = 1;
            else if (sign < 0 && position > 0m) pending = -1;
        }
        return cash + (bars.Length > 0 ? position * bars[^1].Close : 0m);
    }
}
