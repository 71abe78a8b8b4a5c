using OmniAlpha.Host.Cli;
using OmniAlpha.Host.Indicators;
using OmniAlpha.Host.Tests.Support;
using OmniAlpha.Indicators.Catalog;
using OmniAlpha.Plugins.Csv;

namespace OmniAlpha.Host.Tests.Indicators;

/// <summary>
/// Input columns, multi-output CSV and pair/bar inputs of <c>omnialpha indicators</c>, exercised with test-only definitions
/// (the catalog's pair, bar and multi-output functions are added elsewhere; this code must work for any of them).
/// </summary>
public sealed class IndicatorInputsTests : IDisposable
{
    private const string Prices = """
        Date,Open,High,Low,Close,Adj Close,Volume
        2024-01-02,10,11,9,10.5,10.4,100
        2024-01-03,10.5,12,10,11.25,11.1,200
        2024-01-04,11,11.5,10.2,10.3,10.2,150

        """;

    /// <summary>Two free inputs (like CORREL), two outputs: their difference and, from the second row, the sum.</summary>
    private static readonly IndicatorDefinition Spread = new("SPREADTEST", "Test", "input0 - input1 and input0 + input1",
        [IndicatorInput.Real, IndicatorInput.Real1], [], ["diff", "sum"],
        (_, inputs, outputs) =>
        {
            for (int i = 0; i < inputs[0].Length; i++)
            {
                outputs[0][i] = inputs[0][i] - inputs[1][i];
                outputs[1][i] = i == 0 ? double.NaN : inputs[0][i] + inputs[1][i];
            }
        },
        _ => throw new NotSupportedException("batch only in this test"));

    /// <summary>Fixed bar inputs (like ATR): high - low weighted by volume.</summary>
    private static readonly IndicatorDefinition Range = new("RANGETEST", "Test", "(high - low) x volume",
        [IndicatorInput.High, IndicatorInput.Low, IndicatorInput.Volume], [], ["rangetest"],
        (_, inputs, outputs) =>
        {
            for (int i = 0; i < inputs[0].Length; i++) outputs[0][i] = (inputs[0][i] - inputs[1][i]) * inputs[2][i];
        },
        _ => throw new NotSupportedException("batch only in this test"));

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private PriceColumns Read() => PriceFileReader.Read(_folder.Write("prices.csv", Prices), CsvColumnMapping.Yahoo);

    private static string Csv(IndicatorDefinition definition, PriceColumns data, string? input0 = null, string? input1 = null)
    {
        double[][] inputs = IndicatorInputs.Select(definition, data, input0, input1);
        double[][] outputs = IndicatorCalculation.Compute(definition.Arguments(), inputs, data.Count);
        var text = new StringWriter();
        IndicatorCsvWriter.Write(text, data.Dates, definition.Outputs, outputs);
        return text.ToString();
    }

    [Fact]
    public void Two_free_inputs_default_to_high_and_low_and_every_output_gets_a_column()
    {
        Assert.Equal(
            "date,diff,sum\n2024-01-02,2,\n2024-01-03,2,22\n2024-01-04,1.3000000000000007,21.7\n",
            Csv(Spread, Read()));
    }

    [Fact]
    public void Input0_and_input1_choose_the_columns_of_two_free_inputs()
    {
        Assert.Equal(
            "date,diff,sum\n2024-01-02,0.09999999999999964,\n2024-01-03,0.15000000000000036,22.35\n2024-01-04,0.10000000000000142,20.5\n",
            Csv(Spread, Read(), input0: "close", input1: "adjclose"));
    }

    [Fact]
    public void Fixed_inputs_read_their_own_columns_and_refuse_column_choices()
    {
        var data = Read();

        Assert.Equal("date,rangetest\n2024-01-02,200\n2024-01-03,400\n2024-01-04,195.0000000000001\n", Csv(Range, data));
        var error = Assert.Throws<CommandFailure>(() => IndicatorInputs.Select(Range, data, "close", null));
        Assert.Equal("--input0: RANGETEST has no free input (it reads high, low, volume)", error.Message);
        Assert.Equal(2, error.ExitCode);
    }

    [Fact]
    public void Listing_shows_the_default_columns_of_free_inputs()
    {
        Assert.Equal("real0=high, real1=low", IndicatorInputs.Describe(Spread));
        Assert.Equal("high, low, volume", IndicatorInputs.Describe(Range));
        Assert.Equal("real=close", IndicatorInputs.Describe(IndicatorCatalog.Find("rsi")!));
    }

    [Fact]
    public void A_file_without_volume_reads_volume_as_zero_and_has_no_adjusted_close()
    {
        string path = _folder.Write("novolume.csv", "Date,Open,High,Low,Close\n2024-01-02,10,11,9,10.5\n");
        string adjusted = _folder.Write("adjusted.csv", "Date,Open,High,Low,Close,Adj Close\n2024-01-02,10,11,9,10.5,10.25\n");

        var data = PriceFileReader.Read(path, CsvColumnMapping.Yahoo with { VolumeColumn = null });
        var withAdjusted = PriceFileReader.Read(adjusted, CsvColumnMapping.Yahoo with { VolumeColumn = null });

        Assert.Equal(["open", "high", "low", "close", "volume"], data.Names);
        Assert.Equal([0.0], data.Find("volume")!);
        Assert.Null(data.Find("adjclose"));
        Assert.Equal([0.0], withAdjusted.Find("volume")!);
        Assert.Equal([10.25], withAdjusted.Find("adjclose")!);
    }

    [Fact]
    public void A_date_and_time_in_two_columns_are_kept_as_written_joined_by_a_space()
    {
        string path = _folder.Write("intraday.csv", "Date,Time,Open,High,Low,Close,Volume,OpenInterest\n2006-01-02,09:05:00,10,11,9,10.5,5,0\n");

        var data = PriceFileReader.Read(path, CsvColumnMapping.BacktraderIntraday(TimeSpan.FromMinutes(5)));

        Assert.Equal(["2006-01-02 09:05:00"], data.Dates);
    }

    [Fact]
    public void Close_names_are_suggested_by_edit_distance()
    {
        Assert.Equal(["RSI"], IndicatorNameSuggestions.For("rsx", IndicatorCatalog.All));
        Assert.Equal(["EMA", "MA", "SMA"], IndicatorNameSuggestions.For("xma", IndicatorCatalog.All));
        Assert.Empty(IndicatorNameSuggestions.For("bollinger", IndicatorCatalog.All));
        Assert.Equal(3, IndicatorNameSuggestions.Distance("kitten", "sitting"));
    }
}
