using OmniAlpha.Sdk.Plugins;
using MyPlugin;
using PluginTests.Support;

namespace PluginTests;

/// <summary>The generated data set: shape, soundness, determinism and configuration.</summary>
public sealed class RandomWalkDataTests
{
    private static RandomWalkData Start(Dictionary<string, string?>? settings = null) =>
        TestPluginContext.Start(new RandomWalkData(), settings);

    [Fact]
    public void Provides_the_configured_symbols_with_the_configured_number_of_daily_bars()
    {
        var source = Start(new() { ["Symbols:0"] = "AAA", ["Symbols:1"] = "BBB", ["Bars"] = "30" }).OpenHistory(new DataRequest());

        Assert.Equal(["AAA", "BBB"], source.Symbols.Select(s => s.Value));
        var series = source.Load("AAA");
        Assert.Equal(30, series.Count);
        Assert.True(series.IsDaily);
    }

    [Fact]
    public void Every_bar_is_sound_and_ends_at_a_weekday_session_close()
    {
        var series = Start(new() { ["Bars"] = "500", ["DailyVolatility"] = "0.05" }).OpenHistory(new DataRequest()).Load("WALK");

        foreach (var bar in series.Bars.ToArray())
        {
            Assert.Null(bar.Validate());
            Assert.Equal(new TimeOnly(21, 0), TimeOnly.FromDateTime(bar.EndTime));
            Assert.DoesNotContain(bar.EndTime.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday });
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_bars_and_another_seed_other_bars()
    {
        decimal[] Closes(string seed) =>
            Start(new() { ["Seed"] = seed }).OpenHistory(new DataRequest()).Load("WALK").Bars.ToArray().Select(b => b.Close).ToArray();

        Assert.Equal(Closes("7"), Closes("7"));
        Assert.NotEqual(Closes("7"), Closes("8"));
    }

    [Fact]
    public void Loading_an_unknown_symbol_names_the_known_ones()
    {
        var source = Start().OpenHistory(new DataRequest());

        var error = Assert.Throws<ArgumentException>(() => source.Load("NOPE"));
        Assert.Contains("WALK", error.Message);
    }

    [Fact]
    public void A_bar_count_out_of_range_stops_the_plugin_and_names_the_key()
    {
        var error = Assert.Throws<PluginConfigurationException>(() => Start(new() { ["Bars"] = "0" }));

        Assert.Contains("Plugins:my-plugin:Bars", error.Message);
    }
}
