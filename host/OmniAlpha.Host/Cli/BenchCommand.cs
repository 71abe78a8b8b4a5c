using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using OmniAlpha.Host.Bench;
using Spectre.Console;

namespace OmniAlpha.Host.Cli;

/// <summary><c>omnialpha bench [--json]</c>: measures engine throughput on this machine.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print a JSON array instead of a table." };
        var bars = new Option<int>("--bars") { Description = "Bars of the single-symbol cases.", DefaultValueFactory = _ => 1_000_000 };
        var repeats = new Option<int>("--repeats") { Description = "Timed runs per case (best counts).", DefaultValueFactory = _ => 3 };
        var compile = new Option<bool>("--compile") { Description = "Only the compile-cache and hot-reload timings (cold, warm, cache hits, reload latency)." };
        var verbose = CommonOptions.Verbose();
        var command = new Command("bench", "Measure backtest throughput (bars/s) against a hand-written loop, and compile and reload times.")
        {
            json, bars, repeats, compile, verbose,
        };
        command.SetAction(parse => CommandRunner.Run(parse.GetValue(verbose), () =>
        {
            int timedRuns = Math.Max(1, parse.GetValue(repeats));
            if (parse.GetValue(compile))
            {
                var timings = new CompileBench(Math.Max(3, timedRuns)).Run();
                if (parse.GetValue(json)) CompileTimingOutput.WriteJson(timings);
                else CompileTimingOutput.WriteTable(timings);
                return 0;
            }
            var suite = new BenchSuite(timedRuns, Math.Max(1_000, parse.GetValue(bars)));
            if (parse.GetValue(json))
            {
                WriteJson(suite.Run());
                return 0;
            }
            // Compile timings first: the cold compile must be the process's first.
            var compileTimings = new CompileBench(Math.Max(3, timedRuns)).Run();
            // The compile cases' garbage (a million-bar series, Roslyn's working set) is not the engine's cost.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            WriteTable(suite.Run());
            CompileTimingOutput.WriteTable(compileTimings);
            return 0;
        }));
        return command;
    }

    private static void WriteJson(IEnumerable<BenchMeasurement> measurements)
    {
        using var stdout = Console.OpenStandardOutput();
        using var json = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var m in measurements)
        {
            json.WriteStartObject();
            json.WriteString("case", m.Case);
            json.WriteNumber("bars", m.Bars);
            json.WriteNumber("bars_per_second", Math.Round(m.BarsPerSecond));
            if (m.BaselineBarsPerSecond is { } baseline) json.WriteNumber("baseline_bars_per_second", Math.Round(baseline));
            else json.WriteNull("baseline_bars_per_second");
            json.WriteNumber("allocated_bytes_per_bar", Math.Round(m.AllocatedBytesPerBar, 3));
            json.WriteNumber("peak_working_set_bytes", m.PeakWorkingSetBytes);
            json.WriteString("note", m.Note);
            json.WriteEndObject();
            json.Flush();
        }
        json.WriteEndArray();
        json.Flush();
        stdout.WriteByte((byte)'\n');
    }

    private static void WriteTable(IEnumerable<BenchMeasurement> measurements)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Case").AddColumn(new TableColumn("Bars").RightAligned()).AddColumn(new TableColumn("Bars/s").RightAligned())
            .AddColumn(new TableColumn("Baseline bars/s").RightAligned()).AddColumn(new TableColumn("Ratio").RightAligned())
            .AddColumn(new TableColumn("Alloc B/bar").RightAligned()).AddColumn(new TableColumn("Peak memory").RightAligned());
        foreach (var m in measurements)
        {
            Console.Error.WriteLine($"measured {m.Case}");
            string ratio = m.BaselineBarsPerSecond is { } b ? (m.BarsPerSecond / b).ToString("0.00", CultureInfo.InvariantCulture) : "";
            table.AddRow(m.Case, N(m.Bars), N(m.BarsPerSecond), m.BaselineBarsPerSecond is { } bl ? N(bl) : "-", ratio,
                m.AllocatedBytesPerBar.ToString("0.###", CultureInfo.InvariantCulture), $"{m.PeakWorkingSetBytes / (1024 * 1024)} MiB");
        }
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine("Baseline: the hand-written loop for the precompiled cases; the precompiled strategy for the runtime-compiled one.");
    }

    private static string N(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
