using OmniAlpha.Plugins.Simulated.Tests.Support;
using OmniAlpha.Sdk.Execution;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Orders;
using static OmniAlpha.Plugins.Simulated.Tests.Support.TestBars;

namespace OmniAlpha.Plugins.Simulated.Tests;

/// <summary>NoFeeModel, PerShareFeeModel, PercentOfValueFeeModel and FlatFeeModel: exact commissions.</summary>
public class FeeModelTests
{
    private static readonly Instrument Aapl = Instrument.UsEquity(TestBars.Aapl);

    private static FeeContext Fill(decimal filledBefore, decimal quantity, decimal price, Instrument? instrument = null) =>
        new(TestOrders.Market(1, OrderSide.Buy, 1_000m, Close(1)) with { FilledQuantity = filledBefore },
            instrument ?? Aapl, quantity, price, filledBefore == 0m);

    [Fact]
    public void No_fee_charges_nothing() => Assert.Equal(0m, NoFeeModel.Instance.GetCommission(Fill(0m, 100m, 50m)));

    [Theory]
    [InlineData(100, 1)] // 0.50 -> minimum 1
    [InlineData(200, 1)] // exactly the minimum
    [InlineData(300, 1.5)]
    public void Per_share_charges_the_rate_with_a_minimum_per_order(int quantity, double expected) =>
        Assert.Equal((decimal)expected, new PerShareFeeModel(0.005m, 1m).GetCommission(Fill(0m, quantity, 10m)));

    [Fact]
    public void Per_share_partial_fills_add_up_to_exactly_the_orders_commission()
    {
        var model = new PerShareFeeModel(0.005m, 1m);
        // 100 + 100 + 150 shares: totals max(0.5,1)=1, max(1,1)=1, max(1.75,1)=1.75 -> increments 1, 0, 0.75.
        decimal first = model.GetCommission(Fill(0m, 100m, 10m));
        decimal second = model.GetCommission(Fill(100m, 100m, 10m));
        decimal third = model.GetCommission(Fill(200m, 150m, 10m));
        Assert.Equal((1m, 0m, 0.75m), (first, second, third));
        Assert.Equal(1.75m, first + second + third);
    }

    [Fact]
    public void Per_share_without_a_minimum_is_exact_and_unrounded() =>
        Assert.Equal(0.185m, new PerShareFeeModel(0.005m).GetCommission(Fill(0m, 37m, 10m)));

    [Fact]
    public void Percent_of_value_includes_the_contract_multiplier()
    {
        var model = new PercentOfValueFeeModel(0.1m);
        Assert.Equal(1.2345m, model.GetCommission(Fill(0m, 10m, 123.45m)));
        Instrument future = new("ES", AssetClass.Future, "CME", "USD", 0.25m, 1m, 50m, "America/Chicago");
        Assert.Equal(250.625m, model.GetCommission(Fill(0m, 1m, 5012.5m, future)));
    }

    [Fact]
    public void Flat_charges_once_per_order_on_its_first_fill()
    {
        var model = new FlatFeeModel(1m);
        Assert.Equal(1m, model.GetCommission(Fill(0m, 10m, 10m)));
        Assert.Equal(0m, model.GetCommission(Fill(10m, 10m, 10m)));
    }

    [Fact]
    public void Negative_rates_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PerShareFeeModel(-0.01m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PerShareFeeModel(0.01m, -1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PercentOfValueFeeModel(-0.1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FlatFeeModel(-1m));
    }

    [Fact]
    public void The_exchange_charges_the_per_share_minimum_once_across_partial_fills()
    {
        var h = new ExchangeHarness(new SimulatedExchangeOptions
        {
            FeeModel = new PerShareFeeModel(0.005m, 1m),
            MaxVolumeParticipation = 0.1m,
        });
        h.Submit(TestOrders.Market(1, OrderSide.Buy, 300m, Close(1)));
        h.Bars(Daily(2, 10m, 10m, 10m, 10m, volume: 1000m), Daily(3, 10m, 10m, 10m, 10m, volume: 1000m),
            Daily(4, 10m, 10m, 10m, 10m, volume: 1000m));
        Assert.Equal(new[] { (100m, 1m), (100m, 0m), (100m, 0.5m) },
            h.Listener.FillsOf(1).Select(f => (f.Quantity, f.Commission)).ToArray());
    }
}
