using OmniAlpha.Plugins.Simulated.Tests.Support;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Orders;
using static OmniAlpha.Plugins.Simulated.Tests.Support.TestBars;

namespace OmniAlpha.Plugins.Simulated.Tests;

/// <summary>NoSlippageModel, FixedBpsSlippageModel and VolumeShareSlippageModel, raw per-unit values.</summary>
public class SlippageModelTests
{
    private static readonly Instrument Aapl = Instrument.UsEquity(TestBars.Aapl);

    private static decimal Slip(Sdk.Execution.ISlippageModel model, decimal price, decimal quantity, decimal volume)
    {
        Bar bar = Daily(2, price, price, price, price, volume);
        return model.GetSlippage(Aapl, OrderSide.Buy, price, quantity, in bar);
    }

    [Fact]
    public void No_slippage_is_zero() => Assert.Equal(0m, Slip(NoSlippageModel.Instance, 100m, 10m, 1000m));

    [Fact]
    public void Fixed_bps_is_price_times_bps_over_ten_thousand() =>
        Assert.Equal(0.061725m, Slip(new FixedBpsSlippageModel(5m), 123.45m, 10m, 1000m));

    [Fact]
    public void Volume_share_grows_with_the_square_of_the_volume_share()
    {
        var model = new VolumeShareSlippageModel(0.1m);
        Assert.Equal(0.1m, Slip(model, 100m, 100m, 1000m)); // 100 x 0.1 x 0.1^2
        Assert.Equal(0.4m, Slip(model, 100m, 200m, 1000m)); // 100 x 0.1 x 0.2^2
    }

    [Fact]
    public void Volume_share_caps_the_ratio_at_one_and_treats_a_zero_volume_bar_as_ratio_one()
    {
        var model = new VolumeShareSlippageModel(0.1m);
        Assert.Equal(10m, Slip(model, 100m, 5000m, 1000m));
        Assert.Equal(10m, Slip(model, 100m, 1m, 0m));
    }

    [Fact]
    public void Negative_parameters_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FixedBpsSlippageModel(-1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new VolumeShareSlippageModel(-0.1m));
    }
}
