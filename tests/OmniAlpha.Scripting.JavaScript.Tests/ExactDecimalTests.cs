using OmniAlpha.Scripting.JavaScript.Api;

namespace OmniAlpha.Scripting.JavaScript.Tests;

/// <summary>JavaScript numbers become the decimals their shortest round-trip text spells.</summary>
public sealed class ExactDecimalTests
{
    [Theory]
    [InlineData(101.23, "101.23")]
    [InlineData(0.1, "0.1")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(1e-7, "0.0000001")]
    [InlineData(123456789012.5, "123456789012.5")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(100, "100")]
    [InlineData(1e20, "100000000000000000000")]
    public void A_number_becomes_its_shortest_round_trip_decimal(double value, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ExactDecimal.FromDouble(value, "price"));
    }

    [Fact]
    public void The_naive_conversion_would_not_be_exact_for_every_value()
    {
        // (decimal)double keeps 15 significant digits: a script's 0.1 + 0.2 would silently become 0.3.
        Assert.Equal(0.3m, (decimal)(0.1 + 0.2));
        Assert.Equal(0.30000000000000004m, ExactDecimal.FromDouble(0.1 + 0.2, "price"));
    }

    [Theory]
    [InlineData(double.NaN, "price must be a finite number, got NaN")]
    [InlineData(double.PositiveInfinity, "price must be a finite number, got Infinity")]
    [InlineData(1e30, "price 1E+30 is outside the range of an exact decimal.")]
    public void Values_without_an_exact_decimal_are_refused(double value, string message)
    {
        Assert.StartsWith(message, Assert.Throws<ArgumentException>(() => ExactDecimal.FromDouble(value, "price")).Message, StringComparison.Ordinal);
    }
}
