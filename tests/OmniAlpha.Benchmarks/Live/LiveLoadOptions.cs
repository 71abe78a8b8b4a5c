using System.Globalization;

namespace OmniAlpha.Benchmarks.Live;

/// <summary>Sizes and knobs of one live-load run (<c>live-load</c> command line).</summary>
public sealed record LiveLoadOptions
{
    /// <summary>Strategies deployed; each trades its own <see cref="SymbolsPerStrategy"/> symbols.</summary>
    public int Strategies { get; init; } = 50;

    /// <summary>Symbols in total (a multiple of <see cref="Strategies"/>).</summary>
    public int Symbols { get; init; } = 500;

    /// <summary>
    /// US trading days of minute bars (390 bars per symbol and day). One by default: 500 symbols x 390 minutes is a full
    /// session of the target load (195,000 bars, well past an hour of live data), and on the 2-core reference machine the
    /// journal's commit cost already makes it last about five minutes at maximum speed (see the README numbers). More days
    /// give the memory trend more time (the 1,000-bar history rings fill after 2.6 days).
    /// </summary>
    public int Days { get; init; } = 1;

    /// <summary>Seed of the synthetic data (same seed, same bars).</summary>
    public int Seed { get; init; } = 20_240_304;

    /// <summary>Target rate of the API poller, requests per second over the three polled endpoints.</summary>
    public double PollsPerSecond { get; init; } = 20;

    /// <summary>Starting cash of each strategy.</summary>
    public decimal CashPerStrategy { get; init; } = 1_000_000m;

    /// <summary>Where the JSON report goes; none when null.</summary>
    public string? OutputFile { get; init; }

    /// <summary>Symbols each strategy trades.</summary>
    public int SymbolsPerStrategy => Symbols / Strategies;

    /// <summary>The command-line help.</summary>
    public const string Usage =
        "live-load [--strategies 50] [--symbols 500] [--days 1] [--seed N] [--polls-per-second 20] [--out report.json] [--smoke]\n" +
        "  --smoke: 2 strategies x 4 symbols x 1 day, checks the harness end to end (exit code 1 when a check fails).";

    /// <summary>Parses the arguments after <c>live-load</c>.</summary>
    /// <exception cref="ArgumentException">An unknown option or a bad value (the message says which).</exception>
    public static LiveLoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LiveLoadOptions();
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            if (name == "--smoke")
            {
                options = options with { Strategies = 2, Symbols = 4, Days = 1 };
                continue;
            }
            if (i + 1 >= args.Count) throw new ArgumentException($"{name} needs a value.\n{Usage}");
            string value = args[++i];
            options = name switch
            {
                "--strategies" => options with { Strategies = PositiveInt(name, value) },
                "--symbols" => options with { Symbols = PositiveInt(name, value) },
                "--days" => options with { Days = PositiveInt(name, value) },
                "--seed" => options with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                "--polls-per-second" => options with { PollsPerSecond = double.Parse(value, CultureInfo.InvariantCulture) },
                "--cash" => options with { CashPerStrategy = decimal.Parse(value, CultureInfo.InvariantCulture) },
                "--out" => options with { OutputFile = value },
                _ => throw new ArgumentException($"Unknown option {name}.\n{Usage}"),
            };
        }
        options.Validate();
        return options;
    }

    /// <summary>Checks the sizes fit together.</summary>
    /// <exception cref="ArgumentException">They do not.</exception>
    public void Validate()
    {
        if (Strategies < 1 || Symbols < Strategies || Symbols % Strategies != 0)
            throw new ArgumentException($"--symbols ({Symbols}) must be a positive multiple of --strategies ({Strategies}).");
        if (Days < 1) throw new ArgumentException($"--days must be at least 1 (was {Days}).");
        if (!(PollsPerSecond >= 0)) throw new ArgumentException($"--polls-per-second must not be negative (was {PollsPerSecond}).");
        if (CashPerStrategy <= 0) throw new ArgumentException($"--cash must be positive (was {CashPerStrategy}).");
    }

    private static int PositiveInt(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0
            ? n
            : throw new ArgumentException($"{name} must be a positive integer (was '{value}').");
}
