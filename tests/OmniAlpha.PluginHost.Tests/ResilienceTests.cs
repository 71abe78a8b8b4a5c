using Microsoft.Extensions.Logging;
using OmniAlpha.PluginHost.Loading;
using OmniAlpha.PluginHost.Resilience;
using OmniAlpha.PluginHost.Tests.Support;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Plugins;

namespace OmniAlpha.PluginHost.Tests;

/// <summary>
/// Calls into data and broker plugins retry transient failures with backoff and stop at an open circuit; a plugin's
/// own answer (a bad request) is passed on unchanged; analytics and risk failures are contained.
/// </summary>
public sealed class ResilienceTests : IDisposable
{
    private static readonly Symbol Acme = new("ACME");
    private readonly TestPluginFolder _plugins = new();
    private readonly RecordingLoggerProvider _log = new();

    private static PluginResilienceOptions Fast => new()
    {
        MaxRetries = 3,
        RetryDelay = TimeSpan.FromMilliseconds(1),
        MinimumThroughput = 4,
        FailureRatio = 0.5,
        BreakDuration = TimeSpan.FromSeconds(30),
    };

    [Fact]
    public async Task Transient_failures_are_retried_with_backoff_until_the_call_succeeds()
    {
        await using var registry = await Flaky(failuresBeforeSuccess: 2);
        var source = new GuardedHistoricalDataSource(registry.GetHandle<IHistoricalDataPlugin>("flaky-data"), new DataRequest(), new PluginCallGuard(Fast, _log.CreateLogger("t")));

        var series = source.Load(Acme);

        Assert.Equal(1, series.Count);
        var retries = _log.Messages(LogLevel.Warning).Where(m => m.Contains("retrying", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, retries.Length);
        Assert.StartsWith("plugin flaky-data: attempt 1 failed (feed timeout (call 1)); retrying in", retries[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_that_keeps_failing_gives_up_after_the_retries_naming_plugin_and_call()
    {
        await using var registry = await Flaky(failuresBeforeSuccess: -1);
        var guard = new PluginCallGuard(Fast with { MinimumThroughput = 100 }, _log.CreateLogger("t"));   // keep the breaker out of it
        var source = new GuardedHistoricalDataSource(registry.GetHandle<IHistoricalDataPlugin>("flaky-data"), new DataRequest(), guard);

        var error = Assert.Throws<PluginCallException>(() => source.Load(Acme));
        Assert.Equal("plugin flaky-data: Load ACME failed after 4 attempts: feed timeout (call 4)", error.Message);
        Assert.IsType<TransientPluginException>(error.InnerException);
    }

    [Fact]
    public async Task Repeated_failures_open_the_circuit_and_later_calls_are_refused_without_reaching_the_plugin()
    {
        await using var registry = await Flaky(failuresBeforeSuccess: -1);
        var guard = new PluginCallGuard(Fast with { MaxRetries = 0 }, _log.CreateLogger("t"));
        var source = new GuardedHistoricalDataSource(registry.GetHandle<IHistoricalDataPlugin>("flaky-data"), new DataRequest(), guard);

        // Opening the source was one successful call; three failed loads make 3 failures in 4 calls (>= 50 %, >= 4 calls).
        for (int i = 1; i <= 3; i++) Assert.Contains($"(call {i})", Assert.Throws<PluginCallException>(() => source.Load(Acme)).Message, StringComparison.Ordinal);
        var refused = Assert.Throws<PluginCallException>(() => source.Load(Acme));

        Assert.Equal("plugin flaky-data: Load ACME refused: circuit open after repeated failures (retried after 30 s)", refused.Message);
        Assert.Contains(_log.Messages(LogLevel.Error), m => m == "plugin flaky-data: circuit opened for 30 s after repeated failures");
    }

    [Fact]
    public async Task A_plugin_s_own_answer_to_a_bad_request_is_not_retried_and_reaches_the_caller_unchanged()
    {
        await using var registry = await Flaky(failuresBeforeSuccess: 0);
        var guard = new PluginCallGuard(Fast, _log.CreateLogger("t"));
        var error = Assert.Throws<ArgumentException>(() =>
            new GuardedHistoricalDataSource(registry.GetHandle<IHistoricalDataPlugin>("flaky-data"), new DataRequest { Location = "/data" }, guard));
        Assert.Equal("location: flaky-data has no files ('/data')", error.Message);
        Assert.DoesNotContain(_log.Messages(LogLevel.Warning), m => m.Contains("retrying", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_data_source_follows_a_reloaded_plugin()
    {
        await using var registry = await Flaky(failuresBeforeSuccess: 1);
        var guard = new PluginCallGuard(Fast with { MaxRetries = 0 }, _log.CreateLogger("t"));
        var source = new GuardedHistoricalDataSource(registry.GetHandle<IHistoricalDataPlugin>("flaky-data"), new DataRequest(), guard);
        Assert.Throws<PluginCallException>(() => source.Load(Acme));   // first call of this version's source fails

        await registry.LoadAsync(Path.Combine(_plugins.Path, "flaky-data"));   // a new version (here: the same files) swapped in

        Assert.Throws<PluginCallException>(() => source.Load(Acme));   // a fresh source from the new version: its first call fails again
        Assert.Equal(1, source.Load(Acme).Count);
        await Collection.AssertCollected(registry.RetiredContexts);
    }

    [Fact]
    public async Task Analytics_exceptions_are_logged_and_contained()
    {
        _plugins.Add("versioned-v1", "versioned");
        await using var registry = Registries.Create(_plugins, _log);
        await registry.LoadAllAsync();
        var analytics = new GuardedAnalytics(registry.GetHandle<IAnalyticsPlugin>("versioned"), new PluginCallGuard(Fast, _log.CreateLogger("t")));

        analytics.OnEquity(DateTime.UnixEpoch, 1m, -1m);   // the test plugin throws on negative equity
        analytics.OnEquity(DateTime.UnixEpoch, 1m, 1m);

        Assert.Equal(1, analytics.Failures);
        Assert.Contains(_log.Messages(LogLevel.Error), m => m == "plugin versioned: OnEquity threw InvalidOperationException: negative equity is a test signal");
        Assert.Equal(1d, analytics.CreateReport().Metrics.Single().Value);
    }

    private async Task<PluginRegistry> Flaky(int failuresBeforeSuccess)
    {
        _plugins.Add("flaky-data");
        var settings = new Dictionary<string, string?>
        {
            ["Plugins:flaky-data:Symbol"] = "ACME",
            ["Plugins:flaky-data:FailuresBeforeSuccess"] = failuresBeforeSuccess.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var registry = Registries.Create(_plugins, _log, settings);
        await registry.LoadAllAsync();
        Assert.Equal(PluginState.Loaded, registry.Status("flaky-data")!.State);
        return registry;
    }

    public void Dispose() => _plugins.Dispose();
}
