using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using OmniAlpha.Service.Tests.Support;
using Xunit.Abstractions;

namespace OmniAlpha.Service.Tests;

/// <summary>
/// Load benchmark of the real service (opt-in: <c>OMNIALPHA_LOAD_BENCH=1</c>; minutes of CPU): 50 strategies on 500
/// synthetic deterministic random-walk symbols (the sample-data plugin) replayed at maximum speed while a client polls
/// the API. Prints bars/s, the engine's bar-to-order latency quantiles (from /metrics), the API's p50/p99 and the working
/// set and managed heap sampled over the run, and checks the memory has no growth trend.
/// </summary>
public sealed class ServiceLoadBenchmark(ITestOutputHelper output) : IDisposable
{
    private static readonly int Strategies = Setting("OMNIALPHA_LOAD_STRATEGIES", 50);
    private static readonly int Symbols = Setting("OMNIALPHA_LOAD_SYMBOLS", 500);
    private static readonly int Bars = Setting("OMNIALPHA_LOAD_BARS", 390);
    private static readonly int SymbolsPerStrategy = Setting("OMNIALPHA_LOAD_SYMBOLS_PER_STRATEGY", 10);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [SkippableFact]
    public async Task Fifty_strategies_on_five_hundred_symbols_at_maximum_speed_while_the_api_is_polled()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("OMNIALPHA_LOAD_BENCH") == "1", "load benchmark: set OMNIALPHA_LOAD_BENCH=1 to run it");
        var strategies = Enumerable.Range(0, Strategies).Select(i => (
            Id: $"sma-{i:D2}", Script: "SmaCross.cs",
            Symbols: Enumerable.Range(0, SymbolsPerStrategy).Select(k => Ticker((i * SymbolsPerStrategy + k) % Symbols)).ToArray(),
            Parameters: (Dictionary<string, string>?)new Dictionary<string, string> { ["fast"] = "2", ["slow"] = "5", ["quantity"] = "1" }));
        var config = JsonSerializer.Deserialize<Dictionary<string, object>>(ServiceConfig.Json(Symbols, Bars, speed: 0, stopAtEnd: true,
            compileCacheDir: _folder.File("cache"), strategies, checkpointInterval: "00:00:30"))!;
        config["Server"] = new { Meters = new[] { "OmniAlpha.Engine", "System.Runtime" }, RateLimit = new { Enabled = false } };
        string configFile = _folder.Write("appsettings.json", JsonSerializer.Serialize(config));

        await using var service = ServiceProcess.Start(configFile, _folder.File("data"));
        await service.WaitReadyAsync(TimeSpan.FromMinutes(5), exitIsReady: true);
        var clock = Stopwatch.StartNew();
        using var client = service.AdminClient();
        var apiLatencies = new List<double>();
        var workingSet = new List<long>();
        var heap = new List<long>();
        string lastMetrics = "";
        while (!service.HasExited)
        {
            var call = Stopwatch.StartNew();
            try
            {
                using var response = await client.GetAsync("/api/strategies");
                await response.Content.ReadAsStringAsync();
                apiLatencies.Add(call.Elapsed.TotalMilliseconds);
                if (apiLatencies.Count % 10 == 0)
                {
                    lastMetrics = await client.GetStringAsync("/metrics");
                    if (Sum(lastMetrics, "gc_last_collection_heap_size") is { } bytes) heap.Add(bytes);
                    if (Rss(service) is { } rss) workingSet.Add(rss);
                }
            }
            catch (HttpRequestException)
            {
                // The service ended its run between two polls (or is stopping): the loop condition decides.
                await Task.Delay(100);
            }
            await Task.Delay(20);
        }
        double seconds = clock.Elapsed.TotalSeconds;
        Assert.Equal(0, await service.WaitForExitAsync(TimeSpan.FromMinutes(1)));

        long bars = (long)Strategies * SymbolsPerStrategy * Bars;
        apiLatencies.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Strategies} strategies x {SymbolsPerStrategy} symbols ({Symbols} symbols, {Bars} bars each) in {seconds:0.0} s: {bars / seconds:0} strategy-bars/s, {(double)Symbols * Bars / seconds:0} bars/s"));
        output.WriteLine($"bar-to-order latency: p50 <= {Quantile(lastMetrics, "bar_to_order_latency", 0.5)} s, p99 <= {Quantile(lastMetrics, "bar_to_order_latency", 0.99)} s (histogram bucket bounds)");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"API GET /api/strategies: {apiLatencies.Count} calls, p50 {At(apiLatencies, 0.5):0.0} ms, p99 {At(apiLatencies, 0.99):0.0} ms"));
        output.WriteLine($"working set MB: {string.Join(" ", workingSet.Select(b => (b >> 20).ToString(CultureInfo.InvariantCulture)))}");
        output.WriteLine($"managed heap MB: {string.Join(" ", heap.Select(b => (b >> 20).ToString(CultureInfo.InvariantCulture)))}");

        Assert.NotEmpty(apiLatencies);
        if (workingSet.Count >= 6)
        {
            // No growth trend: the last third of the run uses no more than 1.5 x the middle third.
            int third = workingSet.Count / 3;
            double middle = workingSet.Skip(third).Take(third).Average(), last = workingSet.Skip(2 * third).Average();
            Assert.True(last <= middle * 1.5, $"working set grows: {middle / (1 << 20):0} MB -> {last / (1 << 20):0} MB");
        }
    }

    private static readonly string[] FirstTickers = ["ALFA", "BRVO", "CHRL", "DLTA", "ECHO", "FXTR", "GOLF", "HTEL"];

    /// <summary>The sample-data plugin's ticker of symbol <paramref name="index"/>.</summary>
    private static string Ticker(int index) => index < FirstTickers.Length ? FirstTickers[index] : $"S{index + 1:D4}";

    private static int Setting(string name, int fallback) => int.TryParse(Environment.GetEnvironmentVariable(name), out int value) ? value : fallback;

    private static double At(List<double> sorted, double q) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];

    private static long? Rss(ServiceProcess service)
    {
        try
        {
            string? line = File.ReadLines($"/proc/{service.ProcessId}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException) { return null; }
    }

    /// <summary>Sum of every sample of the metric family containing <paramref name="name"/> (all label sets).</summary>
    private static long? Sum(string metrics, string name)
    {
        var values = metrics.Split('\n').Where(l => !l.StartsWith('#') && l.Contains(name, StringComparison.Ordinal))
            .Select(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture)).ToList();
        return values.Count == 0 ? null : (long)values.Sum();
    }

    /// <summary>The smallest bucket bound holding at least <paramref name="q"/> of the histogram's observations.</summary>
    private static string Quantile(string metrics, string name, double q)
    {
        var buckets = metrics.Split('\n').Where(l => !l.StartsWith('#') && l.Contains(name, StringComparison.Ordinal) && l.Contains("_bucket{", StringComparison.Ordinal))
            .Select(l => (Bound: l[(l.IndexOf("le=\"", StringComparison.Ordinal) + 4)..l.IndexOf('"', l.IndexOf("le=\"", StringComparison.Ordinal) + 4)],
                Count: double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture)))
            .ToList();
        if (buckets.Count == 0) return "n/a";
        double total = buckets.Max(b => b.Count);
        return buckets.OrderBy(b => b.Count).First(b => b.Count >= q * total).Bound;
    }
}
