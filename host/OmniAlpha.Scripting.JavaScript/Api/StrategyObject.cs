using System.Globalization;
using Jint;
using Jint.Native;
using Jint.Native.Object;

namespace OmniAlpha.Scripting.JavaScript.Api;

/// <summary>
/// Builds the <c>strategy</c> global: the C# <c>Strategy</c> API for scripts. Read-only properties <c>name</c>,
/// <c>time</c> (ms since the Unix epoch, UTC), <c>symbols</c> (array of strings), <c>isWarmingUp</c>, <c>portfolio</c>
/// (a snapshot); methods <c>position(symbol)</c>, <c>history(symbol, n)</c> (newest first), <c>param(name, default)</c>,
/// <c>log(message)</c>, <c>everyBars(n, fn)</c>, <c>dailyAt('HH:mm', fn, timeZone?)</c>, <c>setWarmUp(bars)</c>,
/// <c>order(id)</c>, <c>openOrders(symbol?)</c> and the order methods of <see cref="OrderFunctions"/>.
/// The object is frozen: scripts cannot replace or add members.
/// </summary>
internal static class StrategyObject
{
    /// <summary>Creates the object for <paramref name="host"/> in <paramref name="engine"/>.</summary>
    public static ObjectInstance Create(Engine engine, IJavaScriptStrategyHost host)
    {
        var strategy = new JsObject(engine);
        var tickets = new TicketFactory(engine, host);
        JsArray? symbols = null;

        JsInterop.Constant(strategy, "name", new JsString(host.Name));
        JsInterop.Getter(strategy, engine, "time", _ => JsInterop.Time(host.Context.UtcNow));
        JsInterop.Getter(strategy, engine, "isWarmingUp", _ => host.Context.IsWarmingUp ? JsBoolean.True : JsBoolean.False);
        JsInterop.Getter(strategy, engine, "symbols", _ => symbols ??= SymbolArray(engine, host));
        JsInterop.Getter(strategy, engine, "portfolio", _ => PortfolioViews.Portfolio(engine, host.Context.Portfolio));
        JsInterop.Method(strategy, engine, "position", 1, (_, args) =>
            PortfolioViews.Position(engine, host.Context.Portfolio.GetPosition(JsInterop.Symbol(args, 0, "position"))));
        JsInterop.Method(strategy, engine, "history", 2, (_, args) => History(engine, host, args));
        JsInterop.Method(strategy, engine, "param", 2, (_, args) => Param(host, args));
        JsInterop.Method(strategy, engine, "log", 1, (_, args) =>
        {
            host.Log(JsInterop.At(args, 0).ToString());
            return JsValue.Undefined;
        });
        JsInterop.Method(strategy, engine, "everyBars", 2, (_, args) =>
        {
            int bars = JsInterop.Integer(args, 0, "everyBars", "bars");
            if (bars < 1) throw new ArgumentException($"everyBars: bars must be at least 1, got {bars}.");
            host.EveryBars(bars, JsInterop.Function(args, 1, "everyBars", "callback"));
            return JsValue.Undefined;
        });
        JsInterop.Method(strategy, engine, "dailyAt", 3, (_, args) =>
        {
            string text = JsInterop.String(args, 0, "dailyAt", "time of day");
            if (!TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
                throw new ArgumentException($"dailyAt: time of day must be 'HH:mm' or 'HH:mm:ss', got '{text}'.");
            var callback = JsInterop.Function(args, 1, "dailyAt", "callback");
            host.DailyAt(time, callback, JsInterop.IsAbsent(args, 2) ? null : JsInterop.String(args, 2, "dailyAt", "time zone"));
            return JsValue.Undefined;
        });
        JsInterop.Method(strategy, engine, "setWarmUp", 1, (_, args) =>
        {
            host.SetWarmUp(JsInterop.Integer(args, 0, "setWarmUp", "bars"));
            return JsValue.Undefined;
        });
        JsInterop.Method(strategy, engine, "order", 1, (_, args) =>
            host.Context.GetOrder(TicketFactory.IdOf(JsInterop.At(args, 0))) is { } order ? OrderViews.Order(engine, order) : JsValue.Null);
        JsInterop.Method(strategy, engine, "openOrders", 1, (_, args) =>
        {
            var open = host.Context.GetOpenOrders(JsInterop.IsAbsent(args, 0) ? default(OmniAlpha.Sdk.Instruments.Symbol?) : JsInterop.Symbol(args, 0, "openOrders"));
            var items = new JsValue[open.Count];
            for (int i = 0; i < items.Length; i++) items[i] = OrderViews.Order(engine, open[i]);
            return new JsArray(engine, items);
        });
        new OrderFunctions(engine, host, tickets).Install(strategy);
        JsInterop.Seal(strategy);
        return strategy;
    }

    private static JsArray SymbolArray(Engine engine, IJavaScriptStrategyHost host)
    {
        var symbols = host.Context.Symbols;
        var items = new JsValue[symbols.Count];
        for (int i = 0; i < items.Length; i++) items[i] = new JsString(symbols[i].Value);
        return JsInterop.FrozenArray(engine, items);
    }

    private static JsArray History(Engine engine, IJavaScriptStrategyHost host, JsValue[] args)
    {
        var symbol = JsInterop.Symbol(args, 0, "history");
        int count = JsInterop.Integer(args, 1, "history", "count");
        if (count < 1) throw new ArgumentException($"history: count must be at least 1, got {count}.");
        var window = host.Context.GetHistory(symbol, count);
        var items = new JsValue[window.Count];
        for (int i = 0; i < items.Length; i++) items[i] = BarView.Snapshot(engine, in window[i]);
        return new JsArray(engine, items);
    }

    /// <summary>
    /// <c>param(name, default)</c>: the <c>--param name=value</c> text parsed like the default's type (number, boolean or
    /// string; numbers with the invariant culture), else the default; the value is reported like C#'s <c>Param</c>.
    /// </summary>
    private static JsValue Param(IJavaScriptStrategyHost host, JsValue[] args)
    {
        string name = JsInterop.String(args, 0, "param", "name");
        var fallback = JsInterop.At(args, 1);
        string? raw = host.Context.GetParameter(name);
        JsValue value = fallback;
        if (raw is not null)
        {
            value = fallback switch
            {
                JsNumber => double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && double.IsFinite(number)
                    ? JsNumber.Create(number)
                    : throw new FormatException($"Parameter '{name}': '{raw}' is not a valid number."),
                JsBoolean => bool.TryParse(raw, out bool flag)
                    ? (flag ? JsBoolean.True : JsBoolean.False)
                    : throw new FormatException($"Parameter '{name}': '{raw}' is not a valid boolean."),
                JsString => new JsString(raw),
                _ => throw new ArgumentException($"param: the default of '{name}' must be a number, boolean or string (it sets the type), got {JsInterop.Describe(fallback)}."),
            };
        }
        else if (fallback is not (JsNumber or JsBoolean or JsString))
        {
            throw new ArgumentException($"param: the default of '{name}' must be a number, boolean or string (it sets the type), got {JsInterop.Describe(fallback)}.");
        }
        host.Context.ReportParameter(name, Report(value));
        return value;
    }

    private static string Report(JsValue value) => value switch
    {
        JsNumber number => number.AsNumber().ToString("R", CultureInfo.InvariantCulture),
        JsBoolean flag => flag.AsBoolean() ? "True" : "False",
        _ => value.ToString(),
    };
}
