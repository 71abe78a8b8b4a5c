using Jint;
using Jint.Native;
using Jint.Native.Object;
using OmniAlpha.Indicators.Catalog;

namespace OmniAlpha.Scripting.JavaScript.Api;

/// <summary>
/// Builds the <c>ta</c> global from an indicator catalog, generically: <c>ta.create('RSI', { timeperiod: 14 })</c> makes
/// any function of the catalog by its TA-Lib name (case-insensitive) with TA-Lib parameter names; every function also
/// has a shortcut named in lower case taking its parameters by position in TA-Lib order or as one object
/// (<c>ta.sma(20)</c>, <c>ta.macd(12, 26, 9)</c>, <c>ta.bbands({ timeperiod: 20, nbdevup: 2 })</c>). Omitted parameters
/// take TA-Lib's defaults. <c>ta.names</c> lists the functions. See <see cref="IndicatorObject"/> for the objects made.
/// </summary>
internal static class TaObject
{
    /// <summary>Creates the object over <paramref name="definitions"/> in <paramref name="engine"/>.</summary>
    public static ObjectInstance Create(Engine engine, IReadOnlyList<IndicatorDefinition> definitions)
    {
        var byName = new Dictionary<string, IndicatorDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var definition in definitions) byName[definition.Name] = definition;

        var ta = new JsObject(engine);
        JsInterop.Method(ta, engine, "create", 2, (_, args) =>
        {
            string name = JsInterop.String(args, 0, "ta.create", "indicator name");
            if (!byName.TryGetValue(name, out var definition))
                throw new ArgumentException($"ta.create: unknown indicator '{name}' (ta.names lists the {byName.Count} available).");
            return Make(engine, definition, JsInterop.At(args, 1), [], "ta.create");
        });
        foreach (var definition in definitions)
        {
            string shortcut = definition.Name.ToLowerInvariant();
            if (shortcut is "create" or "names") continue;
            JsInterop.Method(ta, engine, shortcut, definition.Parameters.Count, (_, args) =>
                Make(engine, definition, JsInterop.At(args, 0), args, "ta." + shortcut));
        }
        JsInterop.Constant(ta, "names", JsInterop.FrozenArray(engine, definitions.Select(d => (JsValue)new JsString(d.Name)).ToArray()));
        JsInterop.Seal(ta);
        return ta;
    }

    private static ObjectInstance Make(Engine engine, IndicatorDefinition definition, JsValue options, JsValue[] positional, string function)
    {
        var overrides = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        if (options is ObjectInstance o and not JsArray)
        {
            foreach (var key in o.GetOwnPropertyKeys(Jint.Runtime.Types.String))
            {
                string name = key.ToString();
                overrides[name] = JsInterop.Number([o.Get(key)], 0, function, name);
            }
        }
        else if (!options.IsNullOrUndefined())
        {
            if (positional.Length > definition.Parameters.Count)
                throw new ArgumentException($"{function}: {definition.Name} takes at most {definition.Parameters.Count} parameters ({string.Join(", ", definition.Parameters.Select(p => p.Name))}), got {positional.Length}.");
            for (int i = 0; i < positional.Length; i++)
            {
                if (positional[i].IsUndefined()) continue;
                overrides[definition.Parameters[i].Name] = JsInterop.Number(positional, i, function, definition.Parameters[i].Name);
            }
        }
        var arguments = definition.Arguments(overrides);
        return IndicatorObject.Create(engine, definition, definition.Create(arguments));
    }
}
