using System.ComponentModel.DataAnnotations;

namespace OmniAlpha.Plugins.SampleData;

/// <summary>Configuration of the sample data plugin (section <c>Plugins:sample-data</c>); defaults are <see cref="SampleDataOptions"/>'s.</summary>
public sealed class SampleDataPluginOptions
{
    private static readonly SampleDataOptions Defaults = new();

    /// <summary>Number of symbols.</summary>
    [Range(1, 100_000)]
    public int SymbolCount { get; set; } = Defaults.SymbolCount;

    /// <summary>Daily bars per symbol.</summary>
    [Range(1, 10_000_000)]
    public int BarCount { get; set; } = Defaults.BarCount;

    /// <summary>Random seed (same seed, same data).</summary>
    public ulong Seed { get; set; } = Defaults.Seed;
}
