using OmniAlpha.Sdk.Execution;

namespace OmniAlpha.Plugins.Simulated.Tests;

/// <summary>Parsing the CLI's commission and slippage specs, and printing them back.</summary>
public class CostModelSpecTests
{
    [Theory]
    [InlineData("none", typeof(NoFeeModel), "none")]
    [InlineData("per-share:0.005", typeof(PerShareFeeModel), "per-share:0.005")]
    [InlineData("per-share:0.005:min=1", typeof(PerShareFeeModel), "per-share:0.005:min=1")]
    [InlineData(" PER-SHARE:0.005:MIN=1.00 ", typeof(PerShareFeeModel), "per-share:0.005:min=1.00")]
    [InlineData("percent:0.1", typeof(PercentOfValueFeeModel), "percent:0.1")]
    [InlineData("flat:1", typeof(FlatFeeModel), "flat:1")]
    public void Commission_specs_parse_to_models_that_print_their_spec(string spec, Type type, string printed)
    {
        IFeeModel model = CostModelSpec.ParseCommission(spec);
        Assert.IsType(type, model);
        Assert.Equal(printed, model.ToString());
    }

    [Fact]
    public void Per_share_spec_carries_rate_and_minimum()
    {
        var model = Assert.IsType<PerShareFeeModel>(CostModelSpec.ParseCommission("per-share:0.005:min=1"));
        Assert.Equal((0.005m, 1m), (model.PerShare, model.MinimumPerOrder));
    }

    [Theory]
    [InlineData("none", typeof(NoSlippageModel), "none")]
    [InlineData("bps:5", typeof(FixedBpsSlippageModel), "bps:5")]
    [InlineData("volume-share:0.1", typeof(VolumeShareSlippageModel), "volume-share:0.1")]
    public void Slippage_specs_parse_to_models_that_print_their_spec(string spec, Type type, string printed)
    {
        ISlippageModel model = CostModelSpec.ParseSlippage(spec);
        Assert.IsType(type, model);
        Assert.Equal(printed, model.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("fee:1")]
    [InlineData("per-share")]
    [InlineData("per-share:")]
    [InlineData("per-share:-0.005")]
    [InlineData("per-share:0,005")]
    [InlineData("per-share:0.005:max=1")]
    [InlineData("per-share:0.005:min=1:x")]
    [InlineData("percent:1e-3")]
    [InlineData("flat:abc")]
    [InlineData("none:0")]
    public void Bad_commission_specs_fail_with_one_line_listing_the_accepted_forms(string spec)
    {
        FormatException e = Assert.Throws<FormatException>(() => CostModelSpec.ParseCommission(spec));
        Assert.Contains($"'{spec}'", e.Message);
        Assert.Contains(CostModelSpec.CommissionForms, e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Theory]
    [InlineData("bps")]
    [InlineData("bps:-5")]
    [InlineData("bps:5:6")]
    [InlineData("slip:5")]
    [InlineData("volume-share:x")]
    public void Bad_slippage_specs_fail_with_one_line_listing_the_accepted_forms(string spec)
    {
        FormatException e = Assert.Throws<FormatException>(() => CostModelSpec.ParseSlippage(spec));
        Assert.Contains(CostModelSpec.SlippageForms, e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Parsing_ignores_the_current_culture()
    {
        System.Globalization.CultureInfo previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("percent:0.25", CostModelSpec.ParseCommission("percent:0.25").ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
