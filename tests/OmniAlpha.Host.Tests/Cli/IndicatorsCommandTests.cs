using System.Globalization;
using System.Text;
using OmniAlpha.Host.Tests.Support;

namespace OmniAlpha.Host.Tests.Cli;

/// <summary><c>omnialpha indicators</c>: any catalog function over a price file, as CSV to diff against TA-Lib.</summary>
public sealed class IndicatorsCommandTests : IDisposable
{
    private const string Prices = """
        Date,Open,High,Low,Close,Adj Close,Volume
        2024-01-02,10,11,9,10.5,10.4,100
        2024-01-03,10.5,12,10,11.25,11.1,200
        2024-01-04,11,11.5,10.2,10.3,10.2,150
        2024-01-05,10.3,10.9,10.1,10.8,10.7,120

        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Writes_date_and_output_columns_with_empty_fields_before_the_first_value()
    {
        string data = _folder.Write("prices.csv", Prices);

        var run = InProcessCli.Run("indicators", "SMA", "--data", data, "--param", "timeperiod=3").ShouldExitWith(0);

        Assert.Equal(
            "date,sma\n" +
            "2024-01-02,\n" +
            "2024-01-03,\n" +
            "2024-01-04,10.683333333333332\n" +   // (10.5 + 11.25 + 10.3) / 3 in doubles, round-trip text
            "2024-01-05,10.783333333333331\n",
            run.Stdout);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void The_name_is_case_insensitive_and_out_writes_the_same_bytes_to_a_file()
    {
        string data = _folder.Write("prices.csv", Prices);
        string target = _folder.File("ema.csv");

        var toStdout = InProcessCli.Run("indicators", "EMA", "--data", data, "--param", "timeperiod=2").ShouldExitWith(0);
        var toFile = InProcessCli.Run("indicators", "ema", "--data", data, "--param", "TimePeriod=2", "--out", target).ShouldExitWith(0);

        Assert.Equal(Encoding.UTF8.GetBytes(toStdout.Stdout), File.ReadAllBytes(target));
        Assert.Equal($"wrote 4 rows of EMA (timeperiod=2) to {target}\n", toFile.Stdout);
    }

    [Fact]
    public void Parameters_default_to_talib_defaults()
    {
        string data = _folder.Write("prices.csv", Prices);

        var withDefault = InProcessCli.Run("indicators", "rsi", "--data", data).ShouldExitWith(0);
        var explicit14 = InProcessCli.Run("indicators", "rsi", "--data", data, "--param", "timeperiod=14").ShouldExitWith(0);

        // RSI(14) needs 15 closes: four rows give the header and four empty values.
        Assert.Equal("date,rsi\n2024-01-02,\n2024-01-03,\n2024-01-04,\n2024-01-05,\n", withDefault.Stdout);
        Assert.Equal(explicit14.Stdout, withDefault.Stdout);
    }

    [Fact]
    public void Input0_chooses_the_column_of_a_free_input()
    {
        string data = _folder.Write("prices.csv", Prices);

        var adjusted = InProcessCli.Run("indicators", "sma", "--data", data, "--param", "timeperiod=2", "--input0", "adjclose").ShouldExitWith(0);
        var high = InProcessCli.Run("indicators", "sma", "--data", data, "--param", "timeperiod=2", "--input0", "HIGH").ShouldExitWith(0);

        Assert.Equal("date,sma\n2024-01-02,\n2024-01-03,10.75\n2024-01-04,10.649999999999999\n2024-01-05,10.45\n", adjusted.Stdout);
        Assert.Equal("date,sma\n2024-01-02,\n2024-01-03,11.5\n2024-01-04,11.75\n2024-01-05,11.2\n", high.Stdout);
    }

    [Fact]
    public void An_unknown_column_exits_2_listing_the_columns_of_the_file()
    {
        string data = _folder.Write("prices.csv", Prices);

        var run = InProcessCli.Run("indicators", "sma", "--data", data, "--input0", "vwap").ShouldExitWith(2);

        Assert.Equal([$"error: --input0: 'vwap' is not a column of {data} (columns: open, high, low, close, volume, adjclose)"], run.StderrLines);
    }

    [Fact]
    public void A_second_input_for_a_one_input_function_exits_2()
    {
        string data = _folder.Write("prices.csv", Prices);

        var run = InProcessCli.Run("indicators", "rsi", "--data", data, "--input1", "low").ShouldExitWith(2);

        Assert.Equal(["error: --input1: RSI has no second free input (it reads real=close)"], run.StderrLines);
    }

    [Fact]
    public void An_unknown_function_exits_2_and_suggests_close_names()
    {
        string data = _folder.Write("prices.csv", Prices);

        var run = InProcessCli.Run("indicators", "rsx", "--data", data).ShouldExitWith(2);

        Assert.Equal(["error: unknown indicator 'rsx' (did you mean RSI?)"], run.StderrLines);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void A_name_close_to_nothing_points_to_the_list() =>
        Assert.Equal(["error: unknown indicator 'zzzzzz' (omnialpha indicators --list shows them all)"],
            InProcessCli.Run("indicators", "zzzzzz", "--data", "x.csv").ShouldExitWith(2).StderrLines);

    [Fact]
    public void An_unknown_parameter_exits_2_naming_it_and_the_known_ones()
    {
        string data = _folder.Write("prices.csv", Prices);

        var run = InProcessCli.Run("indicators", "sma", "--data", data, "--param", "period=3").ShouldExitWith(2);

        Assert.Equal(["error: SMA has no parameter 'period' (parameters: timeperiod)."], run.StderrLines);
    }

    [Theory]
    [InlineData("timeperiod=1", "error: SMA timeperiod must be in [2, 100000], got 1.")]
    [InlineData("timeperiod=2.5", "error: SMA timeperiod must be a whole number, got 2.5.")]
    [InlineData("timeperiod=ten", "error: --param timeperiod: 'ten' is not a number")]
    [InlineData("timeperiod", "error: --param: 'timeperiod' is not name=value")]
    public void A_bad_parameter_value_exits_2_with_one_line(string pair, string expected)
    {
        string data = _folder.Write("prices.csv", Prices);

        var run = InProcessCli.Run("indicators", "sma", "--data", data, "--param", pair).ShouldExitWith(2);

        Assert.Equal([expected], run.StderrLines);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void Bad_data_exits_1_with_the_file_line_field_and_problem()
    {
        string data = _folder.Write("prices.csv", Prices.Replace("2024-01-04,11,11.5,", "2024-01-04,11,abc,"));

        var run = InProcessCli.Run("indicators", "sma", "--data", data).ShouldExitWith(1);

        Assert.Equal([$"error: {data}:4: High: cannot parse 'abc' as a number"], run.StderrLines);
    }

    [Fact]
    public void A_bad_adjusted_close_fails_only_a_run_that_reads_it()
    {
        string data = _folder.Write("prices.csv", Prices.Replace("10.3,10.2,150", "10.3,null,150"));

        var closeRun = InProcessCli.Run("indicators", "sma", "--data", data, "--param", "timeperiod=2").ShouldExitWith(0);
        var adjustedRun = InProcessCli.Run("indicators", "sma", "--data", data, "--input0", "adjclose").ShouldExitWith(1);

        Assert.StartsWith("date,sma\n", closeRun.Stdout);
        Assert.Equal([$"error: {data}:4: Adj Close: cannot parse 'null' as a number"], adjustedRun.StderrLines);
    }

    [Fact]
    public void A_missing_data_file_exits_1_and_a_missing_name_or_data_option_exits_2()
    {
        Assert.Equal(["error: data file not found: nowhere.csv"], InProcessCli.Run("indicators", "sma", "--data", "nowhere.csv").ShouldExitWith(1).StderrLines);
        Assert.Equal(["error: --data FILE is required"], InProcessCli.Run("indicators", "sma").ShouldExitWith(2).StderrLines);
        Assert.Equal(["error: give an indicator NAME (e.g. rsi) or --list"], InProcessCli.Run("indicators").ShouldExitWith(2).StderrLines);
    }

    [Fact]
    public void List_prints_every_function_with_group_inputs_parameters_and_outputs()
    {
        var run = InProcessCli.Run("indicators", "--list").ShouldExitWith(0);

        string[] lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(OmniAlpha.Indicators.Catalog.IndicatorCatalog.All.Count, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("SMA ") && l.Contains("Overlap Studies") && l.Contains("inputs: real=close")
                                    && l.Contains("parameters: timeperiod=30 [2..100000]") && l.EndsWith("outputs: sma"));
        Assert.Contains(lines, l => l.StartsWith("EMA ") && l.Contains("parameters: timeperiod=30 [2..100000]") && l.EndsWith("outputs: ema"));
        Assert.Contains(lines, l => l.StartsWith("RSI ") && l.Contains("Momentum Indicators") && l.Contains("parameters: timeperiod=14 [2..100000]") && l.EndsWith("outputs: rsi"));
    }

    [Fact]
    public void List_as_json_gives_parameters_with_defaults_and_ranges()
    {
        var run = InProcessCli.Run("indicators", "--list", "--json").ShouldExitWith(0);

        using var json = System.Text.Json.JsonDocument.Parse(run.Stdout);
        var rsi = json.RootElement.EnumerateArray().Single(e => e.GetProperty("name").GetString() == "RSI");
        var period = rsi.GetProperty("parameters")[0];
        Assert.Equal("timeperiod", period.GetProperty("name").GetString());
        Assert.Equal(14, period.GetProperty("default").GetDouble());
        Assert.Equal(2, period.GetProperty("minimum").GetDouble());
        Assert.True(period.GetProperty("integer").GetBoolean());
        Assert.Equal("rsi", rsi.GetProperty("outputs")[0].GetString());
    }

    [SkippableFact]
    public void Over_twenty_years_of_real_daily_bars_every_row_keeps_its_date_and_equals_the_streaming_indicator()
    {
        string data = OmniAlpha.Tests.Shared.SharedData.Require("backtrader/orcl-1995-2014.txt");
        string[][] rows = [.. File.ReadLines(data).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))];
        var ema = new OmniAlpha.Indicators.ExponentialMovingAverage(20);
        string[] expected = [.. rows.Select(r =>
        {
            double value = ema.Update(double.Parse(r[5], CultureInfo.InvariantCulture)); // Adj Close
            return $"{r[0]},{(double.IsNaN(value) ? "" : value.ToString("R", CultureInfo.InvariantCulture))}";
        })];

        var run = InProcessCli.Run("indicators", "ema", "--data", data, "--param", "timeperiod=20", "--input0", "adjclose").ShouldExitWith(0);

        Assert.Equal(["date,ema", .. expected], run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.True(expected.Length > 4900);
    }

    [Fact]
    public void Rsi_over_talib_reference_bars_equals_talib()
    {
        string reference = Path.Combine(OmniAlphaProcess.RepositoryRoot, "tests", "OmniAlpha.Indicators.Tests", "Reference", "talib");
        string[] bars = [.. File.ReadLines(Path.Combine(reference, "ohlcv.csv")).Where(l => !l.StartsWith('#')).Skip(1).Take(100)];
        string[] talib = [.. File.ReadLines(Path.Combine(reference, "RSI.csv")).Where(l => !l.StartsWith('#')).Skip(1).Take(100)];
        var yahoo = new StringBuilder("Date,Open,High,Low,Close,Adj Close,Volume\n");
        var dates = new string[bars.Length];
        for (int i = 0; i < bars.Length; i++)
        {
            string[] f = bars[i].Split(',');
            dates[i] = new DateOnly(2020, 1, 1).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            yahoo.Append($"{dates[i]},{f[0]},{f[1]},{f[2]},{f[3]},{f[3]},{f[4]}\n");
        }
        string data = _folder.Write("talib.csv", yahoo.ToString());

        var run = InProcessCli.Run("indicators", "rsi", "--data", data).ShouldExitWith(0);

        string[] rows = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("date,rsi", rows[0]);
        Assert.Equal(101, rows.Length);
        for (int i = 0; i < talib.Length; i++)
        {
            string[] fields = rows[i + 1].Split(',');
            Assert.Equal(dates[i], fields[0]);
            if (talib[i].Length == 0)
            {
                Assert.Equal("", fields[1]);
                continue;
            }
            double expected = double.Parse(talib[i], CultureInfo.InvariantCulture);
            double actual = double.Parse(fields[1], CultureInfo.InvariantCulture);
            Assert.True(Math.Abs(actual - expected) <= 1e-9 * Math.Abs(expected), $"row {i + 1}: TA-Lib {expected:R}, omnialpha {actual:R}");
        }
        Assert.Equal(14, rows.Skip(1).Count(r => r.EndsWith(',')));
    }
}
