namespace OmniAlpha.Indicators.Tests.Momentum;

/// <summary>The batch functions check their spans and parameters before computing anything.</summary>
public sealed class MomentumBatchArgumentTests
{
    [Fact]
    public void Inputs_of_different_lengths_are_rejected()
    {
        double[] three = [1, 2, 3], two = [1, 2], output = new double[3];

        Assert.Throws<ArgumentException>(() => Ta.Willr(three, two, three, 2, output));
        Assert.Throws<ArgumentException>(() => Ta.Obv(three, two, output));
        Assert.Throws<ArgumentException>(() => Ta.Mfi(three, three, three, two, 2, output));
    }

    [Fact]
    public void An_output_shorter_than_the_input_is_rejected()
    {
        double[] input = [1, 2, 3];
        var error = Assert.Throws<ArgumentException>(() => Ta.Macd(input, 2, 3, 1, new double[3], new double[2], new double[3]));
        Assert.Contains("holds 2 values but the input has 3", error.Message);
        Assert.Throws<ArgumentException>(() => Ta.Mom(input, 1, new double[2]));
    }

    [Fact]
    public void Bad_parameters_throw_before_any_output_is_written()
    {
        double[] input = [1, 2, 3], output = [7, 7, 7];

        Assert.Throws<ArgumentOutOfRangeException>(() => Ta.Cmo(input, 1, output));

        Assert.Equal([7.0, 7, 7], output);
    }

    [Fact]
    public void Input_shorter_than_the_lookback_gives_only_NaN()
    {
        double[] input = [1, 2, 3], macd = new double[3], signal = new double[3], histogram = new double[3];

        Ta.Macd(input, 12, 26, 9, macd, signal, histogram);

        Assert.All(macd.Concat(signal).Concat(histogram), v => Assert.True(double.IsNaN(v)));
    }
}
