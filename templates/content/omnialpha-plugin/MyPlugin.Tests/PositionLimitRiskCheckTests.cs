using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Plugins;
using MyPlugin;
using PluginTests.Support;

namespace PluginTests;

/// <summary>What the position-limit risk check lets through, with the limits from configuration.</summary>
public sealed class PositionLimitRiskCheckTests
{
    private static readonly DateTime Now = new(2024, 1, 2, 21, 0, 0, DateTimeKind.Utc);

    private static Order Order(OrderSide side, decimal quantity, decimal? limit = null) =>
        new(1, "S-1", "ALFA", side, limit is null ? OrderType.Market : OrderType.Limit, quantity, Now) { LimitPrice = limit };

    private static PositionLimitRiskCheck Check(decimal maxPosition, decimal maxOrderValue = 0m) =>
        TestPluginContext.Start(new PositionLimitRiskCheck(), new Dictionary<string, string?>
        {
            ["MaxPositionQuantity"] = maxPosition.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["MaxOrderValue"] = maxOrderValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    [Fact]
    public void Accepts_an_order_that_stays_within_the_position_limit()
    {
        var decision = Check(maxPosition: 100m).Check(Order(OrderSide.Buy, 60m), new FixedPortfolio("ALFA", quantity: 40m, lastPrice: 10m));

        Assert.True(decision.IsAccepted);
    }

    [Fact]
    public void Rejects_an_order_that_would_exceed_the_position_limit_and_says_by_how_much()
    {
        var decision = Check(maxPosition: 100m).Check(Order(OrderSide.Buy, 61m), new FixedPortfolio("ALFA", quantity: 40m, lastPrice: 10m));

        Assert.False(decision.IsAccepted);
        Assert.Equal("position limit 100 exceeded: ALFA would hold 101", decision.Reason);
    }

    [Fact]
    public void The_limit_applies_to_short_positions_too()
    {
        var decision = Check(maxPosition: 100m).Check(Order(OrderSide.Sell, 101m), new FixedPortfolio("ALFA", quantity: 0m, lastPrice: 10m));

        Assert.False(decision.IsAccepted);
    }

    [Fact]
    public void An_order_that_reduces_a_position_over_the_limit_is_allowed()
    {
        var decision = Check(maxPosition: 100m).Check(Order(OrderSide.Sell, 50m), new FixedPortfolio("ALFA", quantity: 300m, lastPrice: 10m));

        Assert.True(decision.IsAccepted);
    }

    [Fact]
    public void Rejects_an_order_worth_more_than_the_order_value_limit_at_its_limit_price()
    {
        var decision = Check(maxPosition: 1_000m, maxOrderValue: 5_000m).Check(Order(OrderSide.Buy, 100m, limit: 50.01m), new FixedPortfolio("ALFA", 0m, 49m));

        Assert.Equal("order value 5001.00 exceeds the limit 5000", decision.Reason);
    }

    [Fact]
    public void With_a_value_limit_an_order_without_any_known_price_is_rejected()
    {
        var decision = Check(maxPosition: 1_000m, maxOrderValue: 5_000m).Check(Order(OrderSide.Buy, 1m), new FixedPortfolio("ALFA", 0m, 0m));

        Assert.False(decision.IsAccepted);
        Assert.Contains("no price known for ALFA", decision.Reason);
    }

    [Fact]
    public void A_non_positive_position_limit_in_configuration_stops_the_plugin_and_names_the_key()
    {
        var error = Assert.Throws<PluginConfigurationException>(() => Check(maxPosition: 0m));

        Assert.Contains("Plugins:my-plugin:MaxPositionQuantity", error.Message);
    }
}
