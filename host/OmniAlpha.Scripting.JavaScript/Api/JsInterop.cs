using System.Globalization;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;
using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Scripting.JavaScript.Api;

/// <summary>
/// The few primitives every host object is built from: read-only methods and getters made of <see cref="ClrFunction"/>s
/// (hand-written, never reflection wrappers), and checked reads of call arguments. A bad argument throws
/// <see cref="ArgumentException"/>, which the engine turns into a JavaScript error at the calling line.
/// </summary>
internal static class JsInterop
{
    /// <summary>Defines a method that scripts can call but not replace, delete or enumerate.</summary>
    public static void Method(ObjectInstance target, Engine engine, string name, int length, Func<JsValue, JsValue[], JsValue> body) =>
        target.FastSetProperty(name, new PropertyDescriptor(new ClrFunction(engine, name, body, length, PropertyFlag.Configurable), PropertyFlag.None));

    /// <summary>Defines a read-only accessor property computed on each read.</summary>
    public static void Getter(ObjectInstance target, Engine engine, string name, Func<JsValue, JsValue> get) =>
        target.FastSetProperty(name, new GetSetPropertyDescriptor(
            new ClrFunction(engine, "get " + name, (self, _) => get(self), 0, PropertyFlag.Configurable), JsValue.Undefined, enumerable: true, configurable: false));

    /// <summary>Defines a read-only, enumerable data property.</summary>
    public static void Constant(ObjectInstance target, string name, JsValue value) =>
        target.FastSetProperty(name, new PropertyDescriptor(value, PropertyFlag.Enumerable));

    /// <summary>Makes a finished host object immutable: no new properties (all of its own are already read-only).</summary>
    public static void Seal(ObjectInstance target) => target.PreventExtensions();

    /// <summary>
    /// A frozen JavaScript array of <paramref name="items"/> (elements and length read-only), frozen with the engine's
    /// own <c>Object.freeze</c> as it was before any script ran (see <see cref="CaptureFreeze"/>), so a script that
    /// replaced <c>Object.freeze</c> cannot keep host arrays writable.
    /// </summary>
    public static JsArray FrozenArray(Engine engine, JsValue[] items)
    {
        if (!Freezers.TryGetValue(engine, out var freeze))
            throw new InvalidOperationException("CaptureFreeze must run before the engine runs any script.");
        var array = new JsArray(engine, items);
        engine.Call(freeze, JsValue.Undefined, [array]);
        return array;
    }

    /// <summary>Remembers the pristine <c>Object.freeze</c> of <paramref name="engine"/>, out of the scripts' reach. Call before running any script.</summary>
    public static void CaptureFreeze(Engine engine) => Freezers.AddOrUpdate(engine, engine.Intrinsics.Object.Get("freeze"));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Engine, JsValue> Freezers = new();

    /// <summary>Argument <paramref name="index"/>, or undefined when the script passed fewer.</summary>
    public static JsValue At(JsValue[] arguments, int index) => index < arguments.Length ? arguments[index] : JsValue.Undefined;

    /// <summary>True for <c>undefined</c> and <c>null</c>.</summary>
    public static bool IsNullOrUndefined(this JsValue value) => value.IsUndefined() || value.IsNull();

    /// <summary>True when argument <paramref name="index"/> is missing, undefined or null.</summary>
    public static bool IsAbsent(JsValue[] arguments, int index) => At(arguments, index).IsNullOrUndefined();

    /// <summary>A number argument.</summary>
    public static double Number(JsValue[] arguments, int index, string function, string what)
    {
        var value = At(arguments, index);
        if (value is JsNumber number) return number.AsNumber();
        throw new ArgumentException($"{function}: {what} must be a number, got {Describe(value)}.");
    }

    /// <summary>A number argument as an exact decimal (see <see cref="ExactDecimal"/>).</summary>
    public static decimal Decimal(JsValue[] arguments, int index, string function, string what) =>
        ExactDecimal.FromDouble(Number(arguments, index, function, what), $"{function}: {what}");

    /// <summary>A whole-number argument.</summary>
    public static int Integer(JsValue[] arguments, int index, string function, string what)
    {
        double value = Number(arguments, index, function, what);
        if (value != Math.Floor(value) || value is < int.MinValue or > int.MaxValue)
            throw new ArgumentException($"{function}: {what} must be a whole number, got {value.ToString("R", CultureInfo.InvariantCulture)}.");
        return (int)value;
    }

    /// <summary>A string argument.</summary>
    public static string String(JsValue[] arguments, int index, string function, string what)
    {
        var value = At(arguments, index);
        if (value is JsString text) return text.ToString();
        throw new ArgumentException($"{function}: {what} must be a string, got {Describe(value)}.");
    }

    /// <summary>A symbol argument: a non-empty string.</summary>
    public static Symbol Symbol(JsValue[] arguments, int index, string function)
    {
        string text = String(arguments, index, function, "symbol");
        if (text.Length == 0) throw new ArgumentException($"{function}: symbol must not be empty.");
        return new Symbol(text);
    }

    /// <summary>A function argument.</summary>
    public static JsValue Function(JsValue[] arguments, int index, string function, string what)
    {
        var value = At(arguments, index);
        if (value is Jint.Native.Function.Function) return value;
        throw new ArgumentException($"{function}: {what} must be a function, got {Describe(value)}.");
    }

    /// <summary>A JavaScript number for an exact decimal (the nearest double).</summary>
    public static JsValue Number(decimal value) => JsNumber.Create((double)value);

    /// <summary>A JavaScript string, or null for a null string.</summary>
    public static JsValue StringOrNull(string? value) => value is null ? JsValue.Null : new JsString(value);

    /// <summary>Milliseconds since the Unix epoch (what <c>Date.now()</c> and <c>new Date(ms)</c> use) of a UTC time.</summary>
    public static JsValue Time(DateTime utc) => JsNumber.Create((utc.Ticks - DateTime.UnixEpoch.Ticks) / (double)TimeSpan.TicksPerMillisecond);

    /// <summary>Short text of a value for error messages.</summary>
    public static string Describe(JsValue value) => value.Type switch
    {
        Jint.Runtime.Types.Undefined => "undefined",
        Jint.Runtime.Types.Null => "null",
        Jint.Runtime.Types.String => $"the string '{value}'",
        Jint.Runtime.Types.Number or Jint.Runtime.Types.Boolean => value.ToString(),
        _ when value is Jint.Native.Function.Function => "a function",
        _ => "an object",
    };
}
