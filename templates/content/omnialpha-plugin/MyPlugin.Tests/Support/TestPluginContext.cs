using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OmniAlpha.Sdk;
using OmniAlpha.Sdk.Plugins;

namespace PluginTests.Support;

/// <summary>
/// What the host gives the plugin when it starts, for tests: the section <c>Plugins:my-plugin</c> built from
/// in-memory settings. <see cref="GetOptions{TOptions}"/> binds and validates like the host: unknown keys, values that
/// do not convert and DataAnnotations failures are errors that name the full key.
/// </summary>
public sealed class TestPluginContext : IPluginContext
{
    /// <summary>A context whose configuration section holds <paramref name="settings"/> (keys relative to the section).</summary>
    public TestPluginContext(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var root = new ConfigurationBuilder()
            .AddInMemoryCollection((settings ?? new Dictionary<string, string?>())
                .Select(s => new KeyValuePair<string, string?>($"Plugins:{PluginId}:{s.Key}", s.Value)))
            .Build();
        Configuration = root.GetSection($"Plugins:{PluginId}");
    }

    /// <inheritdoc />
    public string PluginId => "my-plugin";

    /// <inheritdoc />
    public string PluginVersion => "0.1.0";

    /// <inheritdoc />
    public SdkVersion HostSdkVersion => SdkVersion.Current;

    /// <inheritdoc />
    public IConfiguration Configuration { get; }

    /// <inheritdoc />
    public ILogger Logger { get; } = NullLogger.Instance;

    /// <inheritdoc />
    public TOptions GetOptions<TOptions>() where TOptions : class, new()
    {
        var problems = new List<string>();
        var properties = typeof(TOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToArray();
        foreach (var child in Configuration.GetChildren())
        {
            if (!properties.Any(p => string.Equals(p.Name, child.Key, StringComparison.OrdinalIgnoreCase)))
                problems.Add($"{child.Path}: unknown setting");
        }
        // A configured value replaces the default (an array is not appended to), as in the host.
        var options = new TOptions();
        foreach (var property in properties)
        {
            var value = Configuration.GetSection(property.Name);
            if (!value.Exists()) continue;
            try
            {
                property.SetValue(options, value.Get(property.PropertyType));
            }
            catch (InvalidOperationException e)
            {
                problems.Add($"{value.Path}: '{value.Value}' is not a valid {property.PropertyType.Name} ({(e.InnerException ?? e).Message})");
            }
        }
        if (problems.Count == 0)
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
            problems.AddRange(results.SelectMany(r => r.MemberNames.DefaultIfEmpty(string.Empty).Select(member =>
                $"Plugins:{PluginId}{(member.Length == 0 ? "" : ":" + member)}: {r.ErrorMessage}")));
        }
        if (problems.Count > 0) throw new PluginConfigurationException(problems);
        return options;
    }

    /// <summary>Starts <paramref name="plugin"/> with this context, as the host does.</summary>
    public static TPlugin Start<TPlugin>(TPlugin plugin, IReadOnlyDictionary<string, string?>? settings = null) where TPlugin : IPlugin
    {
        plugin.StartAsync(new TestPluginContext(settings), CancellationToken.None).GetAwaiter().GetResult();
        return plugin;
    }
}
