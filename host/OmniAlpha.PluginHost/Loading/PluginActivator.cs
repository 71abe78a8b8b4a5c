using System.Reflection;
using McMaster.NETCore.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using OmniAlpha.Indicators;
using OmniAlpha.PluginHost.Manifest;
using OmniAlpha.Sdk;
using OmniAlpha.Sdk.Plugins;

namespace OmniAlpha.PluginHost.Loading;

/// <summary>
/// Loads one plugin folder into its own collectible load context (McMaster.NETCore.Plugins) and creates its entry types.
/// The SDK, the indicators and the Microsoft.Extensions logging/configuration/options abstractions are shared with the
/// host: they always resolve to the host's copy, even when the plugin's build output carries its own, so an
/// <see cref="IPlugin"/> made by the plugin is an <see cref="IPlugin"/> to the host. Everything else (a plugin's
/// Newtonsoft.Json, say) is private to the plugin, so two plugins may use two versions of one library.
/// Assemblies are read into memory, so the files can be replaced while the plugin runs.
/// </summary>
internal static class PluginActivator
{
    /// <summary>Assemblies whose types cross the host/plugin boundary.</summary>
    public static IReadOnlyList<AssemblyName> SharedAssemblies { get; } =
    [
        typeof(IPlugin).Assembly.GetName(),                 // OmniAlpha.Sdk
        typeof(SimpleMovingAverage).Assembly.GetName(),     // OmniAlpha.Indicators
        typeof(ILogger).Assembly.GetName(),                 // Microsoft.Extensions.Logging.Abstractions
        typeof(IConfiguration).Assembly.GetName(),          // Microsoft.Extensions.Configuration.Abstractions
        typeof(StringValues).Assembly.GetName(),            // Microsoft.Extensions.Primitives
        typeof(Microsoft.Extensions.Options.IOptions<>).Assembly.GetName(),                      // Microsoft.Extensions.Options
        typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.GetName(),   // Microsoft.Extensions.DependencyInjection.Abstractions
    ];

    /// <summary>Loads the assembly and creates (but does not start) the entry types.</summary>
    /// <exception cref="PluginManifestException">An entry type is missing or unusable.</exception>
    public static LoadedPlugin Load(PluginManifest manifest)
    {
        var loader = PluginLoader.CreateFromAssemblyFile(manifest.AssemblyPath, config =>
        {
            config.IsUnloadable = true;
            config.LoadInMemory = true;
            config.PreferSharedTypes = false;
            foreach (var shared in SharedAssemblies) config.SharedAssemblies.Add(shared);
        });
        try
        {
            var assembly = loader.LoadDefaultAssembly();
            var entries = EntryTypes(manifest, assembly).Select(Create).ToArray();
            return new LoadedPlugin(manifest, loader, entries);
        }
        catch
        {
            loader.Dispose();
            throw;
        }
    }

    private static IEnumerable<Type> EntryTypes(PluginManifest manifest, Assembly assembly)
    {
        if (manifest.EntryTypes.Count > 0)
        {
            foreach (string name in manifest.EntryTypes)
            {
                var type = assembly.GetType(name, throwOnError: false)
                    ?? throw new PluginManifestException($"plugin {manifest.Id}: entry type '{name}' not found in {Path.GetFileName(manifest.AssemblyPath)}");
                if (!typeof(IPlugin).IsAssignableFrom(type))
                    throw new PluginManifestException($"plugin {manifest.Id}: entry type '{name}' does not implement {nameof(IPlugin)} of OmniAlpha.Sdk {SdkVersion.Current}");
                yield return type;
            }
            yield break;
        }
        var found = assembly.GetExportedTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPlugin).IsAssignableFrom(t)).ToArray();
        if (found.Length == 0)
            throw new PluginManifestException($"plugin {manifest.Id}: {Path.GetFileName(manifest.AssemblyPath)} has no public class implementing {nameof(IPlugin)}");
        foreach (var type in found) yield return type;
    }

    private static IPlugin Create(Type type)
    {
        if (type.GetConstructor(Type.EmptyTypes) is null)
            throw new PluginManifestException($"entry type {type.FullName} has no public parameterless constructor");
        try
        {
            return (IPlugin)Activator.CreateInstance(type)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new InvalidOperationException($"{type.FullName} constructor threw {e.InnerException.GetType().Name}: {e.InnerException.Message}", e.InnerException);
        }
    }
}
