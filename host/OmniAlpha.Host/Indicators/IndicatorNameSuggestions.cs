using OmniAlpha.Indicators.Catalog;

namespace OmniAlpha.Host.Indicators;

/// <summary>Suggests catalog function names close to a misspelled one (edit distance, then shared prefix).</summary>
internal static class IndicatorNameSuggestions
{
    /// <summary>Up to <paramref name="count"/> names within two edits of <paramref name="name"/> or starting with it, closest first.</summary>
    public static IReadOnlyList<string> For(string name, IEnumerable<IndicatorDefinition> candidates, int count = 3)
    {
        string wanted = name.ToUpperInvariant();
        return candidates
            .Select(d => (d.Name, Distance: Distance(wanted, d.Name)))
            .Where(c => c.Distance <= Math.Max(1, Math.Min(2, wanted.Length / 3)) || (wanted.Length >= 3 && c.Name.StartsWith(wanted, StringComparison.Ordinal)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(c => c.Name)
            .ToList();
    }

    /// <summary>Levenshtein distance (insertions, deletions, substitutions).</summary>
    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
