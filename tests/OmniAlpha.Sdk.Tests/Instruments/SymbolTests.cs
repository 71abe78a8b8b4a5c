using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Sdk.Tests.Instruments;

public class SymbolTests
{
    [Fact]
    public void Symbols_compare_case_insensitively_and_keep_their_spelling()
    {
        Symbol a = "spy", b = "SPY";
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal("spy", a.ToString());
        Assert.Equal(0, a.CompareTo(b));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("A B")]
    [InlineData("A,B")]
    public void Malformed_tickers_are_refused(string ticker) => Assert.Throws<ArgumentException>(() => new Symbol(ticker));

    [Fact]
    public void The_default_symbol_is_empty_and_equal_only_to_itself()
    {
        Assert.True(default(Symbol).IsEmpty);
        Assert.NotEqual(default, new Symbol("X"));
    }
}
