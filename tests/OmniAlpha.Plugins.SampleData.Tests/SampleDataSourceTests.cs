using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Plugins.SampleData.Tests;

/// <summary>The sample source offers its invented symbols like any other historical data source.</summary>
public sealed class SampleDataSourceTests
{
    [Fact]
    public void Defaults_are_eight_invented_us_equities_with_ten_years_of_daily_bars()
    {
        var source = new SampleDataSource();

        Assert.Equal(["ALFA", "BRVO", "CHRL", "DLTA", "ECHO", "FXTR", "GOLF", "HTEL"], source.Symbols.Select(s => s.Value));
        BarSeries series = source.Load("CHRL");
        Assert.Equal(2520, series.Count);
        Assert.True(series.IsDaily);
        Assert.Equal(Instrument.UsEquity("CHRL", 0.01m), series.Instrument);
        Assert.Equal(1m, series.Instrument.LotSize);
        Assert.Equal(0, series.SkippedRows);
    }

    [Fact]
    public void Is_a_historical_data_source_with_a_descriptive_name()
    {
        IHistoricalDataSource source = new SampleDataSource();

        Assert.Equal("sample (seed 42, 8 symbols x 2520 daily bars)", source.Name);
    }

    [Fact]
    public void Source_bars_equal_the_static_generator_for_the_same_seed()
    {
        var source = new SampleDataSource(new SampleDataOptions { Seed = 5, BarCount = 300 });

        Assert.Equal(SampleBarGenerator.Generate("DLTA", 300, 5).Bars.ToArray(), source.Load("DLTA").Bars.ToArray());
    }

    [Fact]
    public void Loads_are_cached_and_sliced_by_end_time()
    {
        var source = new SampleDataSource();
        DateTime from = new(2016, 1, 1, 0, 0, 0, DateTimeKind.Utc), to = new(2016, 12, 31, 23, 59, 59, DateTimeKind.Utc);

        BarSeries year = source.Load("ALFA", from, to);

        Assert.Same(source.Load("ALFA"), source.Load("alfa"));
        Assert.Equal(new Symbol("ALFA").Value, source.Load("alfa").Symbol.Value);
        Assert.Equal(261, year.Count); // weekdays in 2016, holidays not modelled
        Assert.True(year[0].EndTime >= from && year[^1].EndTime <= to);
    }

    [Fact]
    public void Unknown_symbol_names_the_available_ones()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => new SampleDataSource().Load("SPY"));

        Assert.Equal("Symbol 'SPY' is not in the sample data; available: ALFA, BRVO, CHRL, DLTA, ECHO, FXTR, GOLF, HTEL.", error.Message);
    }

    [Fact]
    public void Large_sets_extend_the_tickers_with_numbered_ones()
    {
        var source = new SampleDataSource(new SampleDataOptions { SymbolCount = 500 });

        Assert.Equal(500, source.Symbols.Count);
        Assert.Equal("HTEL", source.Symbols[7].Value);
        Assert.Equal("S0009", source.Symbols[8].Value);
        Assert.Equal("S0500", source.Symbols[^1].Value);
    }

    [Fact]
    public void Five_hundred_symbols_of_ten_years_generate()
    {
        var source = new SampleDataSource(new SampleDataOptions { SymbolCount = 500 });

        long bars = source.Symbols.AsParallel().Sum(symbol => (long)source.Load(symbol).Count);

        Assert.Equal(500L * 2520, bars);
    }

    [Fact]
    public void Explicit_tickers_replace_the_defaults()
    {
        var source = new SampleDataSource(new SampleDataOptions { Tickers = ["AAA", "BBB"], BarCount = 10 });

        Assert.Equal(["AAA", "BBB"], source.Symbols.Select(s => s.Value));
        Assert.Equal(10, source.Load("BBB").Count);
    }

    [Theory]
    [InlineData("count")]
    [InlineData("bars")]
    [InlineData("repeat")]
    public void Invalid_options_are_refused(string what)
    {
        SampleDataOptions options = what switch
        {
            "count" => new SampleDataOptions { SymbolCount = -1 },
            "bars" => new SampleDataOptions { BarCount = -1 },
            _ => new SampleDataOptions { Tickers = ["AAA", "aaa"] },
        };

        Assert.Throws<ArgumentException>(() => new SampleDataSource(options));
    }
}
