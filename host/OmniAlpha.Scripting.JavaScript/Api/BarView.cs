using Jint;
using Jint.Native;
using Jint.Runtime.Descriptors;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Scripting.JavaScript.Api;

/// <summary>
/// The one bar object <c>onBar(bar)</c> receives, reused for every bar: its read-only properties <c>symbol</c>,
/// <c>time</c> (ms since the Unix epoch, UTC end of the bar), <c>open</c>, <c>high</c>, <c>low</c>, <c>close</c>,
/// <c>volume</c> (numbers) are overwritten in place, so delivering a bar allocates only the five numbers. A script
/// that keeps bars must copy the fields (or use <c>strategy.history</c>); the object cannot be extended.
/// </summary>
internal sealed class BarView
{
    private readonly PropertyDescriptor _symbol;
    private readonly PropertyDescriptor _time;
    private readonly PropertyDescriptor _open;
    private readonly PropertyDescriptor _high;
    private readonly PropertyDescriptor _low;
    private readonly PropertyDescriptor _close;
    private readonly PropertyDescriptor _volume;
    private readonly Dictionary<Symbol, JsString> _symbolNames = new();
    private DateTime _lastTime;

    /// <summary>Creates the view in <paramref name="engine"/>.</summary>
    public BarView(Engine engine)
    {
        Object = new JsObject(engine);
        _symbol = Add("symbol", JsValue.Undefined);
        _time = Add("time", JsValue.Undefined);
        _open = Add("open", JsValue.Undefined);
        _high = Add("high", JsValue.Undefined);
        _low = Add("low", JsValue.Undefined);
        _close = Add("close", JsValue.Undefined);
        _volume = Add("volume", JsValue.Undefined);
        JsInterop.Seal(Object);
    }

    /// <summary>The JavaScript object.</summary>
    public JsObject Object { get; }

    /// <summary>Shows <paramref name="bar"/>.</summary>
    public JsObject Show(in Bar bar)
    {
        _symbol.Value = NameOf(bar.Symbol);
        if (bar.EndTime != _lastTime)
        {
            _lastTime = bar.EndTime;
            _time.Value = JsInterop.Time(bar.EndTime);
        }
        _open.Value = JsNumber.Create((double)bar.Open);
        _high.Value = JsNumber.Create((double)bar.High);
        _low.Value = JsNumber.Create((double)bar.Low);
        _close.Value = JsNumber.Create((double)bar.Close);
        _volume.Value = JsNumber.Create((double)bar.Volume);
        return Object;
    }

    /// <summary>A new plain object holding <paramref name="bar"/>'s fields (for history, which scripts may keep).</summary>
    public static JsObject Snapshot(Engine engine, in Bar bar)
    {
        var o = new JsObject(engine);
        o.FastSetDataProperty("symbol", new JsString(bar.Symbol.Value));
        o.FastSetDataProperty("time", JsInterop.Time(bar.EndTime));
        o.FastSetDataProperty("open", JsNumber.Create((double)bar.Open));
        o.FastSetDataProperty("high", JsNumber.Create((double)bar.High));
        o.FastSetDataProperty("low", JsNumber.Create((double)bar.Low));
        o.FastSetDataProperty("close", JsNumber.Create((double)bar.Close));
        o.FastSetDataProperty("volume", JsNumber.Create((double)bar.Volume));
        return o;
    }

    private JsString NameOf(Symbol symbol)
    {
        if (!_symbolNames.TryGetValue(symbol, out var name)) _symbolNames[symbol] = name = new JsString(symbol.Value);
        return name;
    }

    private PropertyDescriptor Add(string name, JsValue value)
    {
        var descriptor = new PropertyDescriptor(value, PropertyFlag.Enumerable);
        Object.FastSetProperty(name, descriptor);
        return descriptor;
    }
}
