namespace OmniAlpha.Indicators.Catalog;

/// <summary>
/// Every indicator function OmniAlpha offers, by TA-Lib name (case-insensitive). Each group registers its functions
/// in its own part of this class.
/// </summary>
public static partial class IndicatorCatalog
{
    private static readonly Lazy<IndicatorDefinition[]> Definitions = new(Build);
    private static readonly Lazy<Dictionary<string, IndicatorDefinition>> ByName = new(() =>
        Definitions.Value.ToDictionary(d => d.Name, StringComparer.OrdinalIgnoreCase));

    /// <summary>All functions, sorted by group then name.</summary>
    public static IReadOnlyList<IndicatorDefinition> All => Definitions.Value;

    /// <summary>The function called <paramref name="name"/> (case-insensitive), or null.</summary>
    public static IndicatorDefinition? Find(string name) => ByName.Value.GetValueOrDefault(name);

    private static IndicatorDefinition[] Build()
    {
        var all = new List<IndicatorDefinition>();
        AddOverlap(all);
        AddMomentum(all);
        AddVolume(all);
        AddVolatility(all);
        AddStatistics(all);
        AddCycles(all);
        AddPatterns(all);
        var duplicate = all.GroupBy(d => d.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"Indicator {duplicate.Key} is registered twice.");
        return [.. all.OrderBy(d => d.Group, StringComparer.Ordinal).ThenBy(d => d.Name, StringComparer.Ordinal)];
    }

    static partial void AddOverlap(List<IndicatorDefinition> all);
    static partial void AddMomentum(List<IndicatorDefinition> all);
    static partial void AddVolume(List<IndicatorDefinition> all);
    static partial void AddVolatility(List<IndicatorDefinition> all);
    static partial void AddStatistics(List<IndicatorDefinition> all);
    static partial void AddCycles(List<IndicatorDefinition> all);
    static partial void AddPatterns(List<IndicatorDefinition> all);
}
