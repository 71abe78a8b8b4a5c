using Microsoft.Extensions.Configuration;
using OmniAlpha.PluginHost.Loading;

namespace OmniAlpha.PluginHost.Tests.Support;

/// <summary>Builds registries over a test plugins folder with in-memory configuration.</summary>
internal static class Registries
{
    public static PluginRegistry Create(TestPluginFolder folder, RecordingLoggerProvider log, IDictionary<string, string?>? settings = null,
        bool watch = false, TimeSpan? debounce = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var options = new PluginHostOptions
        {
            Directory = folder.Path,
            WatchForChanges = watch,
            ReloadDebounce = debounce ?? TimeSpan.FromMilliseconds(200),
            StartStopTimeout = TimeSpan.FromSeconds(10),
        };
        return new PluginRegistry(options, configuration, log);
    }

    /// <summary>Waits until <paramref name="condition"/> holds (checked every 20 ms) or fails after <paramref name="seconds"/>.</summary>
    public static async Task WaitUntil(Func<bool> condition, string what, double seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"timed out after {seconds} s waiting for {what}");
            await Task.Delay(20);
        }
    }
}
