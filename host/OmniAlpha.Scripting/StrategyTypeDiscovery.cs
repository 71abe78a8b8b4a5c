using System.Reflection;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Scripting;

/// <summary>
/// Finds the one strategy an assembly defines: a public, non-abstract class deriving from <see cref="Strategy"/>
/// with a public parameterless constructor. Shared by compiled scripts and precompiled assemblies.
/// </summary>
public static class StrategyTypeDiscovery
{
    /// <summary>Returns the single strategy type of <paramref name="assembly"/>.</summary>
    /// <param name="assembly">The loaded script or plugin assembly.</param>
    /// <param name="displayPath">The file named in error messages.</param>
    /// <exception cref="StrategyCompilationException">There is no such type, more than one, or it cannot be constructed.</exception>
    public static Type FindStrategyType(Assembly assembly, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var subclasses = LoadableTypes(assembly)
            .Where(t => t.IsClass && !t.IsAbstract && !t.ContainsGenericParameters && typeof(Strategy).IsAssignableFrom(t))
            .ToArray();
        var candidates = subclasses.Where(t => t.IsVisible).ToArray();

        if (candidates.Length == 0)
        {
            string hint = subclasses.Length == 0 ? "" : $" ({string.Join(", ", subclasses.Select(t => t.Name))} must be declared public)";
            throw Error(displayPath, StrategyErrorCodes.NoStrategy, "no public Strategy subclass found" + hint);
        }
        if (candidates.Length > 1)
        {
            string names = string.Join(", ", candidates.Select(t => t.Name));
            throw Error(displayPath, StrategyErrorCodes.MultipleStrategies,
                $"{candidates.Length} Strategy subclasses found ({names}): keep one per file");
        }
        var strategyType = candidates[0];
        if (strategyType.GetConstructor(Type.EmptyTypes) is null)
        {
            throw Error(displayPath, StrategyErrorCodes.NoParameterlessConstructor,
                $"{strategyType.Name} needs a public parameterless constructor");
        }
        return strategyType;
    }

    // A precompiled assembly may reference something missing; its other types are still worth inspecting.
    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }

    private static StrategyCompilationException Error(string displayPath, string id, string message) =>
        new(displayPath, [ScriptDiagnosticFormatter.FormatFileError(displayPath, id, message)]);
}
