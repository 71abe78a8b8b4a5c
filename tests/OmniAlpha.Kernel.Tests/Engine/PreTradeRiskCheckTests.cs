using OmniAlpha.Kernel.Engine;
using OmniAlpha.Kernel.Results;
using OmniAlpha.Kernel.Tests.Strategies;
using OmniAlpha.Plugins.Simulated;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Plugins;
using OmniAlpha.Sdk.Portfolio;

namespace OmniAlpha.Kernel.Tests.Engine;

/// <summary>Pre-trade risk checks configured in <see cref="BacktestOptions.RiskChecks"/> vet every new order before the brokerage sees it.</summary>
public class PreTradeRiskCheckTests
{
    private static readonly OmniAlpha.Sdk.Data.BarSeries Rising = TestBars.FromCloses("ABC", 10m, 11m, 12m, 13m, 14m, 15m);

    private sealed class MaxQuantity(decimal limit) : IPreTradeRiskCheck
    {
        public List<Order> Seen { get; } = [];

        public RiskDecision Check(Order order, IPortfolio portfolio)
        {
            Seen.Add(order);
            return order.Quantity > limit ? RiskDecision.Reject($"quantity {order.Quantity} exceeds {limit}") : RiskDecision.Accept;
        }
    }

    private static BacktestResult Run(ScriptedStrategy strategy, params RiskCheckBinding[] checks) =>
        new BacktestEngine(new BacktestOptions { RiskChecks = checks }, new SimulatedExchange(new SimulatedExchangeOptions()))
            .Run(strategy, [Rising]);

    [Fact]
    public void A_rejecting_check_rejects_the_order_with_its_reason_and_the_order_never_reaches_the_exchange()
    {
        var strategy = new ScriptedStrategy { Bar = (s, bar) => { if (s.BarIndex == 0) s.DoBuy("ABC", 100m); } };
        var result = Run(strategy, new RiskCheckBinding("max-qty", new MaxQuantity(50m)));

        var rejected = Assert.IsType<OrderRejected>(Assert.Single(result.OrderEvents));
        Assert.Equal(RejectReason.RiskLimit, rejected.Code);
        Assert.Equal("risk check max-qty: quantity 100 exceeds 50", rejected.Reason);
        Assert.Equal(OrderStatus.Rejected, Assert.Single(result.Orders).Status);
        Assert.Empty(result.Fills);
        Assert.Equal(["Rejected"], strategy.Events.Select(e => e.Kind));
    }

    [Fact]
    public void An_accepting_check_sees_every_new_order_and_changes_nothing_in_the_reports()
    {
        static ScriptedStrategy Trader() => new()
        {
            Bar = (s, bar) =>
            {
                if (s.BarIndex == 0) s.DoBuy("ABC", 10m);
                if (s.BarIndex == 3) s.DoSell("ABC", 10m);
            },
        };
        var check = new MaxQuantity(1_000m);
        var with = Run(Trader(), new RiskCheckBinding("max-qty", check));
        var without = Run(Trader());

        Assert.Equal(2, check.Seen.Count);
        Assert.Equal(2, with.Fills.Count);
        Assert.Equal(BacktestReportWriter.SummaryJson(without), BacktestReportWriter.SummaryJson(with));
    }

    [Fact]
    public void The_first_rejecting_check_decides_and_later_checks_are_not_asked()
    {
        var strategy = new ScriptedStrategy { Bar = (s, bar) => { if (s.BarIndex == 0) s.DoBuy("ABC", 100m); } };
        var later = new MaxQuantity(1_000m);
        var result = Run(strategy, new RiskCheckBinding("tight", new MaxQuantity(1m)), new RiskCheckBinding("loose", later));

        Assert.StartsWith("risk check tight: ", Assert.IsType<OrderRejected>(Assert.Single(result.OrderEvents)).Reason);
        Assert.Empty(later.Seen);
    }
}
