using System.Text;
using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Scripting.Persistence;

/// <summary>
/// Which field types a <c>[Persist]</c> field may have (see <see cref="Sdk.Strategies.PersistAttribute"/>), judged on
/// the loaded <see cref="Type"/>; <see cref="PersistFieldCheck"/> applies the same rules to the script's symbols at
/// compile time. Only types of the host (framework and SDK) reach the serializer: a type from a collectible (script)
/// assembly would be cached by it and pin the script's load context forever. The one exception is an enum declared
/// in the script used as the field's own type: it is stored as its number and never shown to the serializer.
/// </summary>
internal static class PersistableTypes
{
    /// <summary>Framework value types allowed besides the primitives, <c>decimal</c> and <c>string</c>.</summary>
    public static IReadOnlySet<string> FrameworkValueTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "System.DateTime", "System.DateTimeOffset", "System.TimeSpan", "System.DateOnly", "System.TimeOnly", "System.Guid",
    };

    /// <summary>Generic collections allowed (metadata names), with the default comparer.</summary>
    public static IReadOnlySet<string> Collections { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "System.Collections.Generic.List`1", "System.Collections.Generic.HashSet`1", "System.Collections.Generic.Dictionary`2",
    };

    /// <summary>What the error messages list as allowed.</summary>
    public const string AllowedSummary =
        "persist bool, numbers, decimal, char, string, DateTime, DateTimeOffset, TimeSpan, DateOnly, TimeOnly, Guid, Symbol, enums, " +
        "nullable forms, and arrays, List<T>, HashSet<T> or Dictionary<TKey, TValue> of those";

    /// <summary>Null when <paramref name="type"/> may be persisted as a field's type; else why not.</summary>
    public static string? WhyNot(Type type) => WhyNot(type, topLevel: true);

    /// <summary>True for an enum declared in a script (stored as its number, never shown to the serializer).</summary>
    public static bool IsScriptEnum(Type type) => type.IsEnum && type.Assembly.IsCollectible;

    /// <summary>
    /// A description of <paramref name="type"/> that does not depend on assembly versions or load contexts, e.g.
    /// <c>System.Collections.Generic.List&lt;System.Int32&gt;</c>; a script enum is <c>enum Side : System.Int32</c>. Two
    /// versions of a strategy may exchange a field's value only when its descriptions are equal.
    /// </summary>
    public static string Describe(Type type)
    {
        if (IsScriptEnum(type)) return $"enum {type.Name} : {Enum.GetUnderlyingType(type).FullName}";
        var text = new StringBuilder();
        Append(text, type);
        return text.ToString();
    }

    private static void Append(StringBuilder text, Type type)
    {
        if (type.IsArray)
        {
            Append(text, type.GetElementType()!);
            text.Append("[]");
            return;
        }
        if (!type.IsGenericType)
        {
            text.Append(type.FullName);
            return;
        }
        string name = type.GetGenericTypeDefinition().FullName!;
        text.Append(name, 0, name.IndexOf('`', StringComparison.Ordinal)).Append('<');
        var arguments = type.GetGenericArguments();
        for (int i = 0; i < arguments.Length; i++)
        {
            if (i > 0) text.Append(", ");
            Append(text, arguments[i]);
        }
        text.Append('>');
    }

    private static string? WhyNot(Type type, bool topLevel)
    {
        if (type.IsPrimitive && type != typeof(IntPtr) && type != typeof(UIntPtr)) return null;
        if (type == typeof(decimal) || type == typeof(string) || type == typeof(Symbol)) return null;
        if (type.Assembly.IsCollectible)
        {
            if (type.IsEnum) return topLevel ? null : $"an enum declared in the script ({type.Name}) can only be the field's own type, not an element";
            return $"{type.Name} is declared in the script, and a script type cannot cross into the host";
        }
        if (type.IsEnum) return null;
        if (type.FullName is { } fullName && FrameworkValueTypes.Contains(fullName)) return null;
        if (type.IsArray)
            return type.GetArrayRank() == 1 ? WhyNot(type.GetElementType()!, topLevel: false) : "multi-dimensional arrays are not supported";
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(Nullable<>) || Collections.Contains(definition.FullName!))
            {
                foreach (var argument in type.GetGenericArguments())
                {
                    if (WhyNot(argument, topLevel: false) is { } reason) return reason;
                }
                return null;
            }
        }
        return $"{Describe(type)} is not a supported type";
    }
}
