using Microsoft.Extensions.Logging;
using OmniAlpha.Kernel.Accounting;
using OmniAlpha.Kernel.Orders;
using OmniAlpha.Kernel.Results;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Scripting;

namespace OmniAlpha.Kernel.Engine;

/// <summary>
/// Owns one strategy's running/stopped state. When a callback fails it records the <see cref="StrategyFailure"/>,
/// applies the <see cref="StrategyFailurePolicy"/> to the strategy's working orders and positions through its own
/// order router, and from then on the strategy gets no callbacks. Knows nothing of backtests: the engine, or a live
/// host running many strategies, keeps one per strategy and asks <see cref="IsStopped"/> before each callback.
/// </summary>
internal sealed class StrategySupervisor(string strategyName, StrategyFailurePolicy policy, OrderRouter router,
    PortfolioLedger portfolio, ILogger logger)
{
    /// <summary>True once a callback failed (under any policy but <see cref="StrategyFailurePolicy.Throw"/>).</summary>
    public bool IsStopped { get; private set; }

    /// <summary>The failure that stopped the strategy; null while it runs.</summary>
    public StrategyFailure? Failure { get; private set; }

    /// <summary>
    /// Handles a failed callback: throws a <see cref="StrategyRuntimeException"/> under <see cref="StrategyFailurePolicy.Throw"/>,
    /// otherwise stops the strategy and applies the policy. Engine time is <paramref name="time"/>.
    /// </summary>
    public void OnFailure(string callback, DateTime time, Exception error)
    {
        if (policy == StrategyFailurePolicy.Throw) throw new StrategyRuntimeException(strategyName, callback, time, error);
        if (IsStopped) return;
        IsStopped = true;
        var canceled = policy is StrategyFailurePolicy.Cancel or StrategyFailurePolicy.Flatten ? CancelWorkingOrders(callback) : [];
        var closing = policy == StrategyFailurePolicy.Flatten ? ClosePositions() : [];
        var breach = error as ScriptBudgetExceededException;
        Failure = new StrategyFailure
        {
            Strategy = strategyName,
            Callback = callback,
            Time = time,
            ErrorType = error.GetType().Name,
            Message = error.Message,
            Budget = breach?.Budget,
            BudgetLimit = breach?.Limit,
            BudgetUsed = breach?.Used,
            IsArgumentError = error is ArgumentException or FormatException,
            Policy = policy,
            CanceledOrderIds = canceled,
            ClosingOrderIds = closing,
            Details = error.ToString(),
        };
        // The caller reports the failure as loudly as it needs (the CLI prints it as its error line and exits 3).
        logger.LogInformation("{Failure}; stopped, open-order policy {Policy}: {Canceled} order(s) canceled, {Closing} closing order(s)",
            Failure.Describe(), policy, canceled.Length, closing.Length);
    }

    private long[] CancelWorkingOrders(string callback)
    {
        var open = router.GetOpenOrders(null);
        var canceled = new List<long>(open.Count);
        string reason = $"strategy {strategyName} was stopped after a failure in {callback}";
        foreach (var order in open)
        {
            if (router.Cancel(order.OrderId, reason)) canceled.Add(order.OrderId);
        }
        return [.. canceled];
    }

    /// <summary>A market order against every open position, in the run's symbol order.</summary>
    private long[] ClosePositions()
    {
        var closing = new List<long>();
        // Orders placed during a warm-up are refused; closing a position the strategy holds must not be.
        var gate = router.Gate;
        router.Gate = OrderCheck.Pass;
        try
        {
            foreach (var position in portfolio.Positions)
            {
                if (position.Quantity == 0m) continue;
                var side = position.Quantity > 0m ? OrderSide.Sell : OrderSide.Buy;
                var request = new OrderRequest(position.Symbol, side, Math.Abs(position.Quantity), OrderType.Market)
                {
                    Tag = $"flatten: strategy {strategyName} was stopped",
                };
                closing.Add(router.Submit(request, portfolio.Ledger(position.Symbol).LastPrice));
            }
        }
        finally
        {
            router.Gate = gate;
        }
        return [.. closing];
    }
}
