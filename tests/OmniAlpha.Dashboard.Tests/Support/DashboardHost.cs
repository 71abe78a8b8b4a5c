using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using OmniAlpha.Tests.Shared;

namespace OmniAlpha.Dashboard.Tests.Support;

/// <summary>
/// THE one place that starts the host the browser talks to: the real <c>omnialpha serve</c> process (omnialpha.dll
/// beside the tests) on a free port of 127.0.0.1, with a temporary data folder and a bootstrap admin key. It replays the
/// built-in sample data at ten daily bars a second (so prices, P&amp;L and equity move while the tests watch) and
/// deploys four strategies: sma-spy (SmaCross.cs) and mom-qqq (RsiReversion.js) trade, rsi-iwm (an idle script) never
/// does, so its numbers stay put, and hold-brvo buys on its first bar and holds, so a position always exists. The tests
/// use nothing but <see cref="BaseAddress"/>, <see cref="ApiKey"/> and the HTTP API.
/// </summary>
public sealed class DashboardHost : IAsyncDisposable
{
    private const string AdminKey = "dashboard-tests-admin-key-0123456789abcdef";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly string _folder;
    private readonly StringBuilder _output = new();

    private DashboardHost(Process process, string folder, Uri baseAddress)
    {
        _process = process;
        _folder = folder;
        BaseAddress = baseAddress;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>http://127.0.0.1:port/</summary>
    public Uri BaseAddress { get; }

    /// <summary>The bootstrap admin key (it may also trade and create keys).</summary>
    public string ApiKey => AdminKey;

    /// <summary>What the process printed so far.</summary>
    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>Starts the service and waits until it is ready and at least one strategy holds a position.</summary>
    public static async Task<DashboardHost> StartAsync()
    {
        string folder = Path.Combine(Path.GetTempPath(), "omnialpha-dashboard-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Idle.cs"), "// Never trades: its account stays as deployed.\npublic sealed class Idle : Strategy { }\n");
        File.WriteAllText(Path.Combine(folder, "BuyAndHold.cs"), """
            // Buys once on its first bar and holds: there is always a position to mark (and to flatten).
            public sealed class BuyAndHold : Strategy
            {
                private bool _ordered;

                public override void OnBar(in Bar bar)
                {
                    if (_ordered) return;
                    Buy(bar.Symbol, 10m);
                    _ordered = true;
                }
            }
            """);
        string config = Path.Combine(folder, "appsettings.json");
        File.WriteAllText(config, Configuration());

        int port = LocalProcess.FreeLoopbackPort();
        var start = new ProcessStartInfo(LocalProcess.DotnetHost())
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "omnialpha.dll"));
        foreach (string arg in new[] { "serve", "--config", config, "--data-dir", Path.Combine(folder, "data"), "--urls", $"http://127.0.0.1:{port}" })
            start.ArgumentList.Add(arg);
        start.Environment["OMNIALPHA_ADMIN_KEY"] = AdminKey;
        start.Environment["NO_COLOR"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start omnialpha serve");
        var host = new DashboardHost(process, folder, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            await host.WaitUntilTradingAsync();
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
        return host;
    }

    private static string Configuration() => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["Plugins"] = new Dictionary<string, object> { ["sample-data"] = new { SymbolCount = 3, BarCount = 2520, Seed = 7 } },
        ["Serve"] = new
        {
            Speed = 86_400 * 10,
            StopAtEndOfData = false,
            CheckpointInterval = "00:00:01",
            // Shared by the hosts of one test run: only the first compiles the scripts.
            CompileCacheDir = Path.Combine(AppContext.BaseDirectory, "omnialpha-compile-cache"),
            Strategies = new object[]
            {
                new { Id = "sma-spy", Script = "SmaCross.cs", Symbols = new[] { "ALFA", "BRVO" }, StartingCash = 100_000 },
                new { Id = "mom-qqq", Script = "RsiReversion.js", Symbols = new[] { "CHRL" }, StartingCash = 50_000 },
                new { Id = "rsi-iwm", Script = "Idle.cs", Symbols = new[] { "ALFA" }, StartingCash = 25_000 },
                new { Id = "hold-brvo", Script = "BuyAndHold.cs", Symbols = new[] { "BRVO" }, StartingCash = 25_000 },
            },
        },
        // The dashboard's log tail shows the service's own lines, not every HTTP request.
        ["Serilog"] = new { MinimumLevel = new { Default = "Information", Override = new Dictionary<string, string> { ["Microsoft"] = "Warning" } } },
    });

    private async Task WaitUntilTradingAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"omnialpha serve exited with {_process.ExitCode} before it was ready:\n{Output}");
            try
            {
                using var positions = await client.GetAsync("api/positions");
                if (positions.StatusCode == HttpStatusCode.OK &&
                    JsonDocument.Parse(await positions.Content.ReadAsStringAsync()).RootElement.GetArrayLength() > 0)
                    return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"omnialpha serve held no position within {StartTimeout.TotalSeconds} s:\n{Output}");
    }



    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a temp folder left behind is harmless
        }
    }
}
