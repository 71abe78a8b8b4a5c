using System.CommandLine;
using OmniAlpha.Plugins.Csv;
using OmniAlpha.Plugins.SampleData;

namespace OmniAlpha.Host.Cli;

/// <summary><c>omnialpha data sample --out DIR</c>: writes the built-in sample data set as Yahoo CSV files.</summary>
internal static class DataCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Folder to write one SYMBOL.csv per symbol into.", Required = true };
        var symbols = new Option<int>("--symbols") { Description = "Number of symbols.", DefaultValueFactory = _ => 8 };
        var bars = new Option<int>("--bars") { Description = "Daily bars per symbol.", DefaultValueFactory = _ => 2520 };
        var seed = new Option<ulong>("--seed") { Description = "Random seed (same seed, same data).", DefaultValueFactory = _ => 42UL };
        var verbose = CommonOptions.Verbose();
        var sample = new Command("sample", "Write the deterministic sample data set (Yahoo CSV format).") { output, symbols, bars, seed, verbose };
        sample.SetAction(parse => CommandRunner.Run(parse.GetValue(verbose), () =>
        {
            var options = new SampleDataOptions { SymbolCount = parse.GetValue(symbols), BarCount = parse.GetValue(bars), Seed = parse.GetValue(seed) };
            var source = new SampleDataSource(options);
            string directory = parse.GetValue(output)!;
            Directory.CreateDirectory(directory);
            var writer = new YahooCsvWriter();
            foreach (var symbol in source.Symbols)
                writer.WriteFile(source.Load(symbol), Path.Combine(directory, symbol.Value + ".csv"));
            Console.WriteLine($"wrote {source.Symbols.Count} files ({options.BarCount} bars each) to {directory}");
            return 0;
        }));
        return new Command("data", "Data utilities.") { sample };
    }
}
