using System.Diagnostics;
using OmniAlpha.PluginHost.Loading;
using OmniAlpha.PluginHost.Tests.Support;
using OmniAlpha.Sdk.Plugins;

namespace OmniAlpha.PluginHost.Tests;

/// <summary>
/// Replacing a plugin's DLL while the host runs swaps in the new version without a restart: consumers holding a handle
/// get the new instance, and the old version's load context unloads. A half-copied DLL is never loaded.
/// </summary>
public sealed class HotReloadTests : IDisposable
{
    private readonly TestPluginFolder _plugins = new();
    private readonly RecordingLoggerProvider _log = new();

    [Fact]
    public async Task An_atomically_deployed_v2_replaces_v1_behind_the_same_handle_and_v1_unloads()
    {
        string folder = _plugins.Add("versioned-v1", "versioned");
        await using var registry = Registries.Create(_plugins, _log, watch: true);
        await registry.LoadAllAsync();
        var handle = registry.GetHandle<IAnalyticsPlugin>("versioned");
        Assert.Equal("v1 hello", handle.Current.CreateReport().Title);

        var clock = Stopwatch.StartNew();
        DeployAtomically(Path.Combine(TestPluginFolder.Built, "versioned-v2", "versioned.dll"), Path.Combine(folder, "versioned.dll"));
        await Registries.WaitUntil(() => registry.Status("versioned")?.Version == "2.0.0", "version 2.0.0 to be swapped in");
        clock.Stop();

        var status = registry.Status("versioned")!;
        Assert.Equal((PluginState.Loaded, 2, (string?)null), (status.State, status.Generation, status.Error));
        Assert.Equal("v2 hello", handle.Current.CreateReport().Title);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"reload took {clock.Elapsed.TotalMilliseconds:0} ms");
        await Collection.AssertCollected(registry.RetiredContexts);
    }

    [Fact]
    public async Task A_half_copied_dll_is_not_loaded_and_v1_keeps_serving_until_the_copy_completes()
    {
        string folder = _plugins.Add("versioned-v1", "versioned");
        await using var registry = Registries.Create(_plugins, _log, watch: true, debounce: TimeSpan.FromMilliseconds(100));
        await registry.LoadAllAsync();
        var handle = registry.GetHandle<IAnalyticsPlugin>("versioned");
        string dll = Path.Combine(folder, "versioned.dll");
        byte[] v2 = File.ReadAllBytes(Path.Combine(TestPluginFolder.Built, "versioned-v2", "versioned.dll"));

        // A non-atomic copy that stalls half way: the debounce runs out and the host looks at a truncated file.
        await using (var partial = new FileStream(dll, FileMode.Create, FileAccess.Write, FileShare.ReadWrite))
        {
            partial.Write(v2, 0, v2.Length / 2);
            partial.Flush();
            await Registries.WaitUntil(() => registry.Status("versioned")?.Error is not null, "the failed reload to be reported");
            var status = registry.Status("versioned")!;
            Assert.Equal((PluginState.Loaded, "1.0.0", 1), (status.State, status.Version, status.Generation));
            Assert.StartsWith("reload failed, still running 1.0.0: ", status.Error, StringComparison.Ordinal);
            Assert.Contains("not a complete .NET assembly", status.Error, StringComparison.Ordinal);
            Assert.Equal("v1 hello", handle.Current.CreateReport().Title);

            partial.Write(v2, v2.Length / 2, v2.Length - v2.Length / 2);
        }
        await Registries.WaitUntil(() => registry.Status("versioned")?.Version == "2.0.0", "version 2.0.0 once the copy completed");
        Assert.Equal("v2 hello", handle.Current.CreateReport().Title);
        Assert.Null(registry.Status("versioned")!.Error);
    }

    [Fact]
    public async Task A_new_version_that_fails_to_start_leaves_the_plugin_disabled_and_reported()
    {
        string folder = _plugins.Add("versioned-v1", "versioned");
        var settings = new Dictionary<string, string?> { ["Plugins:versioned:Greeting"] = "hi" };
        await using var registry = Registries.Create(_plugins, _log, settings);
        await registry.LoadAllAsync();

        // The same folder, now a plugin whose options no longer accept the configuration: reload without a watcher.
        settings["Plugins:versioned:Greeting"] = new string('x', 30);
        await using var strict = Registries.Create(_plugins, _log, settings);
        await strict.LoadAllAsync();
        var status = strict.Status("versioned")!;
        Assert.Equal(PluginState.Disabled, status.State);
        Assert.Contains("Plugins:versioned:Greeting: The field Greeting must be a string with a maximum length of 20.", status.Error, StringComparison.Ordinal);
        Assert.Equal("v1 hi", registry.GetHandle<IAnalyticsPlugin>("versioned").Current.CreateReport().Title);
        _ = folder;
    }

    [Fact]
    public async Task Removing_a_plugin_folder_unloads_the_plugin()
    {
        string folder = _plugins.Add("versioned-v1", "versioned");
        await using var registry = Registries.Create(_plugins, _log, watch: true);
        await registry.LoadAllAsync();
        Directory.Move(folder, Path.Combine(_plugins.Path, ".trash-versioned"));
        await Registries.WaitUntil(() => registry.Status("versioned") is null, "the plugin to be removed");
        Assert.Throws<PluginUnavailableException>(() => registry.GetHandle<IAnalyticsPlugin>("versioned").Current);
        await Collection.AssertCollected(registry.RetiredContexts);
    }

    /// <summary>Write beside the target under a temporary name, then rename over it (one atomic step on the same volume).</summary>
    private static void DeployAtomically(string source, string target)
    {
        string temporary = target + ".tmp";
        File.Copy(source, temporary, overwrite: true);
        File.Move(temporary, target, overwrite: true);
    }

    public void Dispose() => _plugins.Dispose();
}
