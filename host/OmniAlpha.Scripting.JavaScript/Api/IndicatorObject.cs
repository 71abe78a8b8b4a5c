using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;
using OmniAlpha.Indicators;
using OmniAlpha.Indicators.Catalog;

namespace OmniAlpha.Scripting.JavaScript.Api;

/// <summary>
/// One streaming indicator as a JavaScript object: <c>update(...)</c> feeds it and returns the main value,
/// <c>isReady</c>, <c>value</c>, <c>samples</c>, <c>lookback</c>, <c>name</c>, <c>outputs</c> (TA-Lib's output names)
/// and one read-only property per output (<c>macd.macdsignal</c>, <c>bbands.upperband</c>, <c>sma.sma</c>), and
/// <c>reset()</c>. A value that is not defined yet (before the lookback passed) is <c>undefined</c>, never a number,
/// so comparisons with it are false. How <c>update</c> is fed follows the indicator's input: a number for series
/// indicators (<c>update(bar.close)</c>), a bar or five numbers for bar indicators (<c>update(bar)</c>,
/// <c>update(o, h, l, c, v)</c>), two numbers for pair indicators.
/// </summary>
internal static class IndicatorObject
{
    private static readonly HashSet<string> Reserved = ["update", "reset", "isReady", "value", "samples", "lookback", "name", "outputs"];

    /// <summary>Wraps <paramref name="indicator"/>, created from <paramref name="definition"/>, for scripts.</summary>
    /// <remarks>
    /// <c>isReady</c>, <c>value</c> and the outputs are read-only data properties refreshed by <c>update</c> and
    /// <c>reset</c> (the only ways the indicator changes), not getters: reading them costs no call into the host.
    /// </remarks>
    public static ObjectInstance Create(Engine engine, IndicatorDefinition definition, IIndicator indicator)
    {
        var o = new JsObject(engine);
        string name = definition.Name;
        string updateName = name.ToLowerInvariant() + ".update"; // for error messages, built once
        IReadOnlyList<string> outputs = indicator is IMultiOutputIndicator multi ? multi.OutputNames : definition.Outputs;
        var isReady = Add(o, "isReady");
        var value = Add(o, "value");
        var outputValues = new PropertyDescriptor?[outputs.Count];
        for (int i = 0; i < outputs.Count; i++)
            outputValues[i] = Reserved.Contains(outputs[i]) ? null : Add(o, outputs[i]);

        void Refresh()
        {
            bool ready = indicator.IsReady;
            isReady.Value = ready ? JsBoolean.True : JsBoolean.False;
            var main = Defined(ready ? indicator.Value : double.NaN);
            value.Value = main;
            for (int i = 0; i < outputValues.Length; i++)
            {
                if (outputValues[i] is not { } output) continue;
                output.Value = indicator is IMultiOutputIndicator m ? Defined(ready ? m.GetOutput(i) : double.NaN) : main;
            }
        }

        Refresh();
        JsInterop.Constant(o, "name", new JsString(name));
        JsInterop.Method(o, engine, "update", UpdateLength(indicator), (_, args) =>
        {
            Update(indicator, name, updateName, args);
            Refresh();
            return value.Value;
        });
        JsInterop.Method(o, engine, "reset", 0, (_, _) =>
        {
            indicator.Reset();
            Refresh();
            return JsValue.Undefined;
        });
        JsInterop.Getter(o, engine, "samples", _ => JsNumber.Create(indicator.Samples));
        JsInterop.Constant(o, "lookback", JsNumber.Create(indicator.Lookback));
        var names = new JsValue[outputs.Count];
        for (int i = 0; i < outputs.Count; i++) names[i] = new JsString(outputs[i]);
        JsInterop.Constant(o, "outputs", JsInterop.FrozenArray(engine, names));
        JsInterop.Seal(o);
        return o;
    }

    private static PropertyDescriptor Add(ObjectInstance target, string name)
    {
        var descriptor = new PropertyDescriptor(JsValue.Undefined, PropertyFlag.Enumerable);
        target.FastSetProperty(name, descriptor);
        return descriptor;
    }

    private static double Update(IIndicator indicator, string name, string function, JsValue[] args)
    {
        switch (indicator)
        {
            case ISeriesIndicator series:
                return series.Update(JsInterop.Number(args, 0, function, "input"));
            case IPairIndicator pair:
                return pair.Update(JsInterop.Number(args, 0, function, "input0"), JsInterop.Number(args, 1, function, "input1"));
            case IBarIndicator bar when JsInterop.At(args, 0) is ObjectInstance fields:
                return bar.Update(Field(fields, "open", function), Field(fields, "high", function), Field(fields, "low", function),
                    Field(fields, "close", function), Field(fields, "volume", function));
            case IBarIndicator bar:
                return bar.Update(JsInterop.Number(args, 0, function, "open"), JsInterop.Number(args, 1, function, "high"),
                    JsInterop.Number(args, 2, function, "low"), JsInterop.Number(args, 3, function, "close"), JsInterop.Number(args, 4, function, "volume"));
            default:
                throw new InvalidOperationException($"{name}: unsupported indicator kind {indicator.GetType().Name}.");
        }
    }

    private static double Field(ObjectInstance bar, string field, string function) => JsInterop.Number([bar.Get(field)], 0, function, "bar." + field);

    private static int UpdateLength(IIndicator indicator) => indicator switch
    {
        IPairIndicator => 2,
        IBarIndicator => 1,
        _ => 1,
    };

    /// <summary>A number, or undefined for NaN (not ready).</summary>
    private static JsValue Defined(double value) => double.IsNaN(value) ? JsValue.Undefined : JsNumber.Create(value);
}
