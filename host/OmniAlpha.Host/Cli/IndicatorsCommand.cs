using System.CommandLine;
using System.Text;
using OmniAlpha.Host.Backtesting;
using OmniAlpha.Host.Indicators;
using OmniAlpha.Indicators.Catalog;
using OmniAlpha.Sdk.Data;
using Spectre.Console;

namespace OmniAlpha.Host.Cli;

/// <summary>
/// <c>omnialpha indicators NAME --data FILE [--param k=v]... [--input0 col] [--input1 col] [--out FILE.csv]</c>: runs one
/// indicator function over a price file and writes <c>date,&lt;outputs&gt;</c> CSV to diff against TA-Lib or other tools;
/// <c>omnialpha indicators --list [--json]</c> lists every function. Writes to the invocation's output and error writers,
/// so it runs in-process as well as from a shell. Exit codes: 0 success; 1 bad data or a missing file; 2 bad usage
/// (unknown function, parameter or column, bad value).
/// </summary>
internal static class IndicatorsCommand
{
    public static Command Create()
    {
        var name = new Argument<string?>("name")
        {
            Description = "TA-Lib function name, case-insensitive (rsi, macd, bbands, cdlengulfing).", Arity = ArgumentArity.ZeroOrOne,
        };
        var data = new Option<string?>("--data") { Description = "Price CSV file (Yahoo format unless --format/--mapping say otherwise)." };
        var format = new Option<string>("--format") { Description = "CSV layout preset: yahoo | backtrader.", DefaultValueFactory = _ => "yahoo" };
        var mapping = new Option<string?>("--mapping") { Description = "JSON file with a CSV column mapping (columns, timestamp formats, time zone)." };
        var parameters = new Option<string[]>("--param") { Description = "TA-Lib parameter name=value, e.g. timeperiod=20 (repeatable)." };
        var input0 = new Option<string?>("--input0") { Description = "Column of the first free input: open|high|low|close|volume|adjclose (default close; high for two-input functions)." };
        var input1 = new Option<string?>("--input1") { Description = "Column of the second free input of two-input functions such as CORREL, BETA (default low)." };
        var output = new Option<string?>("--out") { Description = "CSV file to write (default: stdout)." };
        var list = new Option<bool>("--list") { Description = "List every function with its inputs, parameters (name=default [min..max]) and outputs." };
        var json = new Option<bool>("--json") { Description = "With --list: print the list as JSON." };
        var verbose = CommonOptions.Verbose();

        var command = new Command("indicators", "Compute a TA-Lib-compatible indicator over a price file, or list the indicators.")
        {
            name, data, format, mapping, parameters, input0, input1, output, list, json, verbose,
        };
        command.SetAction(parse =>
        {
            TextWriter stdout = parse.InvocationConfiguration.Output, stderr = parse.InvocationConfiguration.Error;
            return Run(stderr, parse.GetValue(verbose), () =>
            {
                if (parse.GetValue(list)) return List(stdout, parse.GetValue(json));
                string function = parse.GetValue(name) ?? throw new CommandFailure("give an indicator NAME (e.g. rsi) or --list", 2);
                string file = parse.GetValue(data) ?? throw new CommandFailure("--data FILE is required", 2);
                return Calculate(stdout, function, file, parse.GetValue(format)!, parse.GetValue(mapping), parse.GetValue(parameters) ?? [],
                    parse.GetValue(input0), parse.GetValue(input1), parse.GetValue(output));
            });
        });
        return command;
    }

    private static int Calculate(TextWriter stdout, string function, string file, string format, string? mappingFile,
        string[] parameterPairs, string? input0, string? input1, string? outputFile)
    {
        // Usage errors first, before any data is read.
        IndicatorDefinition definition = IndicatorCalculation.Find(function);
        IndicatorArguments arguments = IndicatorCalculation.Arguments(definition, IndicatorParameterText.Parse(parameterPairs));
        if (!File.Exists(file)) throw new CommandFailure($"data file not found: {file}");

        PriceColumns data = PriceFileReader.Read(file, DataResolver.Mapping(format, mappingFile));
        double[][] inputs = IndicatorInputs.Select(definition, data, input0, input1);
        double[][] outputs = IndicatorCalculation.Compute(arguments, inputs, data.Count);

        if (outputFile is null)
        {
            if (ReferenceEquals(stdout, Console.Out))
            {
                // The console writer flushes per call; a buffered writer over the raw stream is many times faster.
                using var raw = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
                IndicatorCsvWriter.Write(raw, data.Dates, definition.Outputs, outputs);
            }
            else
            {
                IndicatorCsvWriter.Write(stdout, data.Dates, definition.Outputs, outputs);
            }
            return 0;
        }
        using (var writer = new StreamWriter(outputFile, append: false, new UTF8Encoding(false), 1 << 16))
            IndicatorCsvWriter.Write(writer, data.Dates, definition.Outputs, outputs);
        stdout.WriteLine($"wrote {data.Count} rows of {definition.Name} ({arguments}) to {outputFile}");
        return 0;
    }

    private static int List(TextWriter stdout, bool json)
    {
        var all = IndicatorCatalog.All;
        bool terminal = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        if (json)
        {
            if (ReferenceEquals(stdout, Console.Out))
            {
                using var raw = Console.OpenStandardOutput();
                IndicatorListing.WriteJson(raw, all);
            }
            else
            {
                using var buffer = new MemoryStream();
                IndicatorListing.WriteJson(buffer, all);
                stdout.Write(Encoding.UTF8.GetString(buffer.ToArray()));
            }
        }
        else if (terminal)
        {
            IndicatorListing.WriteTable(AnsiConsole.Console, all);
        }
        else
        {
            IndicatorListing.WriteText(stdout, all);
        }
        return 0;
    }

    /// <summary>Maps failures to one line on <paramref name="stderr"/> and an exit code (a stack trace only with --verbose).</summary>
    private static int Run(TextWriter stderr, bool verbose, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (CommandFailure e)
        {
            stderr.WriteLine("error: " + e.Message);
            if (verbose && e.InnerException is not null) stderr.WriteLine(e.InnerException);
            return e.ExitCode;
        }
        catch (Exception e) when (e is DataFormatException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            // Data errors read file:line: field: problem; an invalid --mapping file is an ArgumentException.
            stderr.WriteLine("error: " + e.Message);
            if (verbose) stderr.WriteLine(e);
            return 1;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"internal error: {e.GetType().Name}: {e.Message}");
            if (verbose) stderr.WriteLine(e);
            return 70;
        }
    }
}
