using OmniAlpha.Host.Cli;

namespace OmniAlpha.Host.Tests.Cli;

/// <summary>Budget values are written with their unit; anything else is refused rather than guessed.</summary>
public sealed class ScriptSettingsParserTests
{
    [Theory]
    [InlineData("250ms", 250)]
    [InlineData("2s", 2_000)]
    [InlineData("1.5s", 1_500)]
    [InlineData("5m", 300_000)]
    [InlineData("100MS", 100)]
    public void Durations_take_ms_s_or_m(string text, double milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), ScriptSettingsParser.ParseDuration(text));

    [Theory]
    [InlineData("100")]
    [InlineData("0ms")]
    [InlineData("-5s")]
    [InlineData("1h")]
    [InlineData("ms")]
    [InlineData("1,5s")]
    public void A_duration_without_a_known_unit_or_not_positive_is_refused(string text) =>
        Assert.Null(ScriptSettingsParser.ParseDuration(text));

    [Theory]
    [InlineData("512KB", 512L * 1024)]
    [InlineData("64MB", 64L * 1024 * 1024)]
    [InlineData("1GB", 1024L * 1024 * 1024)]
    [InlineData("4096B", 4096L)]
    [InlineData("0.5mb", 512L * 1024)]
    public void Sizes_take_binary_units(string text, long bytes) => Assert.Equal(bytes, ScriptSettingsParser.ParseBytes(text));

    [Theory]
    [InlineData("64")]
    [InlineData("0MB")]
    [InlineData("64 parsecs")]
    public void A_size_without_a_unit_or_not_positive_is_refused(string text) => Assert.Null(ScriptSettingsParser.ParseBytes(text));

    [Theory]
    [InlineData("1000", 1000)]
    [InlineData("1", 1)]
    public void A_depth_is_a_positive_whole_number(string text, int depth) => Assert.Equal(depth, ScriptSettingsParser.ParseDepth(text));

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("1e3")]
    [InlineData("10.5")]
    public void Anything_else_is_not_a_depth(string text) => Assert.Null(ScriptSettingsParser.ParseDepth(text));
}
