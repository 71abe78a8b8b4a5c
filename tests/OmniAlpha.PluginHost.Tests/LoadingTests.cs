using System.Runtime.Loader;
using Microsoft.Extensions.Logging;
using OmniAlpha.PluginHost.Loading;
using OmniAlpha.PluginHost.Tests.Support;
using OmniAlpha.Sdk.Plugins;

namespace OmniAlpha.PluginHost.Tests;

/// <summary>
/// Each plugin loads into its own load context with the SDK shared; a plugin that is refused, fails to start or is
/// misconfigured is reported with its state and error, and the others load regardless.
/// </summary>
public sealed class LoadingTests : IDisposable
{
    private static readonly Dictionary<string, string?> FlakyConfig = new() { ["Plugins:flaky-data:Symbol"] = "ACME" };
    private readonly TestPluginFolder _plugins = new();
    private readonly RecordingLoggerProvider _log = new();

    [Fact]
    public async Task A_plugin_loads_into_its_own_collectible_context_and_serves_its_kinds()
    {
        _plugins.Add("versioned-v1", "versioned");
        await using var registry = Registries.Create(_plugins, _log);
        await registry.LoadAllAsync();

        var status = Assert.Single(registry.Plugins);
        Assert.Equal((PluginState.Loaded, "versioned", "1.0.0", PluginKinds.Analytics, 1), (status.State, status.Id, status.Version, status.Kinds, status.Generation));
        Assert.Null(status.Error);
        var analytics = registry.GetHandle<IAnalyticsPlugin>("versioned").Current;
        Assert.Equal("v1 hello", analytics.CreateReport().Title);
        var context = AssemblyLoadContext.GetLoadContext(analytics.GetType().Assembly)!;
        Assert.NotSame(AssemblyLoadContext.Default, context);
        Assert.True(context.IsCollectible);
        Assert.Equal(["versioned"], registry.Providing<IAnalyticsPlugin>());
    }

    [Fact]
    public async Task The_host_s_sdk_wins_over_the_copy_beside_the_plugin_even_a_corrupt_one()
    {
        string folder = _plugins.Add("versioned-v1", "versioned");
        File.WriteAllBytes(Path.Combine(folder, "OmniAlpha.Sdk.dll"), [0x4D, 0x5A, 0, 0, 1, 2, 3]);   // never read
        await using var registry = Registries.Create(_plugins, _log);
        await registry.LoadAllAsync();

        var analytics = registry.GetHandle<IAnalyticsPlugin>("versioned").Current;   // the cast itself needs one IAnalyticsPlugin type
        var sdkSeenByPlugin = analytics.GetType().GetInterfaces().Single(i => i.Name == nameof(IAnalyticsPlugin)).Assembly;
        Assert.Same(typeof(IAnalyticsPlugin).Assembly, sdkSeenByPlugin);
        Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(sdkSeenByPlugin));
    }

    [Fact]
    public async Task A_plugin_for_another_sdk_major_is_refused_with_one_warning_line_and_never_runs()
    {
        _plugins.Add("future-sdk");
        _plugins.Add("versioned-v1", "versioned");
        await using var registry = Registries.Create(_plugins, _log);
        await registry.LoadAllAsync();

        var refused = registry.Status("future-sdk")!;
        Assert.Equal(PluginState.Refused, refused.State);
        string line = $"plugin future-sdk 1.2.0 needs SDK 2.x; this host has SDK {OmniAlpha.Sdk.SdkVersion.Current.Major}.{OmniAlpha.Sdk.SdkVersion.Current.Minor}";
        Assert.Equal(line, refused.Error);
        Assert.Equal([line], _log.Messages(LogLevel.Warning));
        Assert.Equal("2.0.0", refused.Manifest!.SdkVersion.ToString());
        Assert.Equal(PluginState.Loaded, registry.Status("versioned")!.State);
        var ex = Assert.Throws<PluginUnavailableException>(() => registry.GetHandle<IPreTradeRiskCheck>("future-sdk").Current);
        Assert.Contains("refused", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plugin_that_throws_in_start_is_disabled_and_the_host_carries_on()
    {
        _plugins.Add("throws-on-start");
        _plugins.Add("versioned-v1", "versioned");
        await using var registry = Registries.Create(_plugins, _log);
        await registry.LoadAllAsync();

        var disabled = registry.Status("throws-on-start")!;
        Assert.Equal(PluginState.Disabled, disabled.State);
        Assert.Equal("ThrowsOnStartPlugin.StartAsync failed: InvalidOperationException: boom: cannot reach the broker", disabled.Error);
        Assert.Contains(_log.Messages(LogLevel.Error), m => m.Contains("throws-on-start", StringComparison.Ordinal) && m.Contains("boom", StringComparison.Ordinal));
        Assert.Equal("v1 hello", registry.GetHandle<IAnalyticsPlugin>("versioned").Current.CreateReport().Title);
        Assert.Empty(registry.Providing<IBrokerPlugin>());
    }

    [Fact]
    public async Task Configuration_is_the_plugin_s_section_bound_to_its_options()
    {
        _plugins.Add("versioned-v1", "versioned");
        await using var registry = Registries.Create(_plugins, _log, new Dictionary<string, string?> { ["Plugins:versioned:Greeting"] = "bonjour" });
        await registry.LoadAllAsync();
        Assert.Equal("v1 bonjour", registry.GetHandle<IAnalyticsPlugin>("versioned").Current.CreateReport().Title);
    }

    [Theory]
    [InlineData(null, null, "Plugins:flaky-data:Symbol: The Symbol field is required.")]
    [InlineData("ACME", "2000", "Plugins:flaky-data:FailuresBeforeSuccess: The field FailuresBeforeSuccess must be between -1 and 1000.")]
    [InlineData("ACME", "often", "Plugins:flaky-data:FailuresBeforeSuccess: 'often' is not a valid Int32")]
    public async Task Invalid_configuration_disables_the_plugin_with_errors_naming_the_full_key(string? symbol, string? failures, string expected)
    {
        _plugins.Add("flaky-data");
        var settings = new Dictionary<string, string?> { ["Plugins:flaky-data:Symbol"] = symbol, ["Plugins:flaky-data:FailuresBeforeSuccess"] = failures };
        await using var registry = Registries.Create(_plugins, _log, settings);
        await registry.LoadAllAsync();

        var status = registry.Status("flaky-data")!;
        Assert.Equal(PluginState.Disabled, status.State);
        Assert.StartsWith("invalid configuration: " + expected, status.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_setting_is_an_error_naming_it_and_the_known_ones()
    {
        _plugins.Add("flaky-data");
        var settings = new Dictionary<string, string?>(FlakyConfig) { ["Plugins:flaky-data:Symbl"] = "X" };
        await using var registry = Registries.Create(_plugins, _log, settings);
        await registry.LoadAllAsync();
        Assert.Equal("invalid configuration: Plugins:flaky-data:Symbl: unknown setting (known: Symbol, FailuresBeforeSuccess)", registry.Status("flaky-data")!.Error);
    }

    [Fact]
    public async Task Two_plugins_use_two_versions_of_one_package_side_by_side()
    {
        _plugins.Add("json-twelve");
        _plugins.Add("json-thirteen");
        await using var registry = Registries.Create(_plugins, _log);
        await registry.LoadAllAsync();

        Assert.Equal("""{"newtonsoft":"12.0.0.0"}""", registry.GetHandle<IAnalyticsPlugin>("json-twelve").Current.CreateReport().Title);
        Assert.Equal("""{"newtonsoft":"13.0.0.0"}""", registry.GetHandle<IAnalyticsPlugin>("json-thirteen").Current.CreateReport().Title);
    }

    [Fact]
    public async Task A_missing_plugins_folder_loads_nothing_and_says_so()
    {
        var registry = Registries.Create(_plugins, _log);
        Directory.Delete(_plugins.Path);
        await registry.LoadAllAsync();
        Assert.Empty(registry.Plugins);
        Assert.Contains(_log.Messages(LogLevel.Warning), m => m.Contains("does not exist", StringComparison.Ordinal));
        var ex = Assert.Throws<PluginUnavailableException>(() => registry.GetHandle<IHistoricalDataPlugin>("csv").Current);
        Assert.Equal($"plugin 'csv' is not installed in {_plugins.Path}", ex.Message);
        await registry.DisposeAsync();
    }

    [Fact]
    public async Task Unloading_stops_the_plugin_and_lets_its_context_be_collected()
    {
        _plugins.Add("versioned-v1", "versioned");
        var registry = Registries.Create(_plugins, _log);
        await registry.LoadAllAsync();
        await registry.DisposeAsync();

        Assert.Empty(registry.Plugins);
        await Collection.AssertCollected(registry.RetiredContexts);
    }

    [Fact]
    public async Task A_run_can_load_just_the_plugins_it_uses()
    {
        _plugins.Add("versioned-v1", "versioned");
        _plugins.Add("throws-on-start");
        await using var registry = Registries.Create(_plugins, _log);

        var status = await registry.EnsureLoadedAsync("versioned");

        Assert.Equal(PluginState.Loaded, status!.State);
        Assert.Equal(["versioned"], registry.Plugins.Select(p => p.Id));   // the broken broker was never started
        Assert.Same(status, await registry.EnsureLoadedAsync("versioned"));
        Assert.Null(await registry.EnsureLoadedAsync("missing"));
        Assert.Null(await registry.EnsureLoadedAsync("../versioned"));
    }

    public void Dispose() => _plugins.Dispose();
}
