namespace OmniAlpha.Kernel.Results;

/// <summary>
/// Headline statistics of a run. Money figures are exact decimals; ratios are doubles computed from the
/// equity curve resampled to one point per calendar day (UTC date of the step's end time).
/// </summary>
public sealed record PerformanceStatistics
{
    /// <summary>Cash at the start.</summary>
    public decimal StartingEquity { get; init; }
    /// <summary>Equity after the last step.</summary>
    public decimal FinalEquity { get; init; }
    /// <summary>Final equity minus starting equity.</summary>
    public decimal NetProfit { get; init; }
    /// <summary>Final / starting equity - 1.</summary>
    public double TotalReturn { get; init; }
    /// <summary>Compound annual growth rate over the calendar span of the curve.</summary>
    public double Cagr { get; init; }
    /// <summary>Standard deviation of daily returns, annualized.</summary>
    public double AnnualVolatility { get; init; }
    /// <summary>Mean / standard deviation of daily returns, annualized (risk-free rate 0).</summary>
    public double Sharpe { get; init; }
    /// <summary>Mean daily return / downside deviation, annualized (target 0).</summary>
    public double Sortino { get; init; }
    /// <summary>Largest peak-to-trough fall of equity, as a positive fraction.</summary>
    public double MaxDrawdown { get; init; }
    /// <summary>Days from the max drawdown's peak to its recovery (or to the end of the run if never recovered).</summary>
    public double MaxDrawdownDurationDays { get; init; }
    /// <summary>Peak before the max drawdown.</summary>
    public DateTime? MaxDrawdownPeak { get; init; }
    /// <summary>Trough of the max drawdown.</summary>
    public DateTime? MaxDrawdownTrough { get; init; }
    /// <summary>Time equity regained the peak; null when it never did.</summary>
    public DateTime? MaxDrawdownRecovery { get; init; }
    /// <summary>Closed round trips.</summary>
    public int Trades { get; init; }
    /// <summary>Fraction of round trips with positive net P&amp;L.</summary>
    public double WinRate { get; init; }
    /// <summary>Gross net profit of winners / gross net loss of losers; +infinity with no losers, 0 with no trades.</summary>
    public double ProfitFactor { get; init; }
    /// <summary>Fraction of time steps with an open position.</summary>
    public double Exposure { get; init; }
    /// <summary>Traded value / average equity, per year.</summary>
    public double AnnualTurnover { get; init; }
    /// <summary>Commission paid.</summary>
    public decimal TotalCommission { get; init; }
    /// <summary>Slippage suffered (inside fill prices).</summary>
    public decimal TotalSlippage { get; init; }
    /// <summary>Daily periods per year used to annualize (observed density, 252 for spans under a year).</summary>
    public double PeriodsPerYear { get; init; }
}
