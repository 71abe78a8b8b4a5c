using OmniAlpha.Kernel.Accounting;
using OmniAlpha.Kernel.Orders;

namespace OmniAlpha.Kernel.Engine;

/// <summary>The state of one started backtest run, as <see cref="BacktestEngine"/> hands it from start-up to its loop.</summary>
internal sealed record BacktestRun(
    TimeStepProcessor Processor, OrderRouter Router, StrategyRuntime Runtime, PortfolioLedger Portfolio, EquityCurve Curve,
    long TotalBars, string StrategyName, StrategySupervisor Supervisor);
