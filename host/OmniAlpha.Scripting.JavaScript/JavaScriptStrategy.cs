using Jint;
using Jint.Native;
using OmniAlpha.Scripting.JavaScript.Api;
using OmniAlpha.Scripting.JavaScript.Budgets;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Scripting;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Scripting.JavaScript;

/// <summary>
/// A strategy written in JavaScript: loads a <see cref="JavaScriptProgram"/> into its own locked-down Jint engine
/// (<see cref="JavaScriptEngineFactory"/>) and forwards the callbacks to the script's top-level functions
/// <c>onStart(strategy)</c>, <c>onBar(bar)</c>, <c>onOrderEvent(event)</c> and <c>onEnd()</c> (each optional, at least one
/// required). The script talks to the engine through two frozen globals: <c>strategy</c> (the C# <see cref="Strategy"/>
/// API, see <see cref="StrategyObject"/>) and <c>ta</c> (indicators, see <see cref="TaObject"/>).
/// </summary>
/// <remarks>
/// Every callback (and scheduled function) runs under fresh budgets; a breach throws
/// <see cref="ScriptBudgetExceededException"/> like a guarded C# script, and a script error throws
/// <see cref="JavaScriptRuntimeException"/> naming the file, line and column. The engine then reports it with the
/// strategy, callback and time. A <c>RangeError</c> thrown from <c>onStart</c> counts as rejected parameters
/// (<see cref="ArgumentException"/>), as an <see cref="ArgumentException"/> from a C# <c>OnStart</c> does.
/// </remarks>
public sealed class JavaScriptStrategy : Strategy, IJavaScriptStrategyHost, IDisposable
{
    private static readonly string[] CallbackNames = ["onStart", "onBar", "onOrderEvent", "onEnd"];
    private readonly JavaScriptProgram _program;
    private readonly Engine _engine;
    private readonly JavaScriptCallbackRunner _runner;
    private readonly BarView _bar;
    private readonly JsValue _strategyObject;
    private readonly JsValue? _onStart;
    private readonly JsValue? _onBar;
    private readonly JsValue? _onOrderEvent;
    private readonly JsValue? _onEnd;

    /// <summary>Loads <paramref name="program"/> into a new engine and runs its top level.</summary>
    /// <exception cref="JavaScriptCompilationException">The top level threw or exceeded its budgets, or no callback is defined.</exception>
    public JavaScriptStrategy(JavaScriptProgram program, JavaScriptStrategyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(program);
        options ??= JavaScriptStrategyOptions.Default;
        _program = program;
        _engine = JavaScriptEngineFactory.Create(options.Limits, out var time);
        _runner = new JavaScriptCallbackRunner(_engine, time, options.Limits, program.DisplayPath);
        _bar = new BarView(_engine);
        var strategyObject = StrategyObject.Create(_engine, this);
        _strategyObject = strategyObject;
        _engine.SetValue("strategy", strategyObject);
        _engine.SetValue("ta", TaObject.Create(_engine, options.Indicators));

        RunTopLevel();
        var callbacks = new JsValue?[CallbackNames.Length];
        for (int i = 0; i < CallbackNames.Length; i++) callbacks[i] = Callback(CallbackNames[i]);
        if (callbacks.All(c => c is null))
            throw Error(1, 1, JavaScriptErrorCodes.NoCallbacks, $"the script defines none of the strategy callbacks ({string.Join(", ", CallbackNames)})");
        (_onStart, _onBar, _onOrderEvent, _onEnd) = (callbacks[0], callbacks[1], callbacks[2], callbacks[3]);
    }

    /// <summary>Loads and parses <paramref name="path"/>, then creates the strategy.</summary>
    /// <exception cref="JavaScriptCompilationException">The file is not a valid JavaScript strategy.</exception>
    public static JavaScriptStrategy Load(string path, JavaScriptStrategyOptions? options = null) => new(JavaScriptProgram.Load(path), options);

    /// <summary>The script file name without extension.</summary>
    public override string Name => _program.Name;

    /// <summary>The program this strategy runs.</summary>
    public JavaScriptProgram Program => _program;

    /// <inheritdoc />
    public override void OnStart()
    {
        if (_onStart is null) return;
        try { _runner.Call(_onStart, _strategyObject); }
        catch (JavaScriptRuntimeException e) when (e.Error.StartsWith("RangeError:", StringComparison.Ordinal))
        {
            throw new ArgumentException(e.Message, e);
        }
    }

    /// <inheritdoc />
    public override void OnBar(in Bar bar)
    {
        if (_onBar is not null) _runner.Call(_onBar, _bar.Show(in bar));
    }

    /// <inheritdoc />
    public override void OnOrderEvent(OrderEvent orderEvent)
    {
        if (_onOrderEvent is not null) _runner.Call(_onOrderEvent, OrderViews.Event(_engine, orderEvent));
    }

    /// <inheritdoc />
    public override void OnEnd()
    {
        if (_onEnd is not null) _runner.Call(_onEnd);
    }

    /// <summary>Releases the script's engine; the strategy cannot run afterwards.</summary>
    public void Dispose() => _engine.Dispose();

    private void RunTopLevel()
    {
        try { _runner.Execute(_program.Prepared); }
        catch (JavaScriptRuntimeException e)
        {
            throw Error(e.Line, e.Column, JavaScriptErrorCodes.TopLevelError, e.Error, e);
        }
        catch (ScriptBudgetExceededException e)
        {
            throw Error(1, 1, JavaScriptErrorCodes.BudgetExceeded, "loading the script: " + e.Message, e);
        }
    }

    private JsValue? Callback(string name)
    {
        var value = _engine.GetValue(name);
        if (value.IsUndefined()) return null;
        if (value is Jint.Native.Function.Function) return value;
        throw Error(1, 1, JavaScriptErrorCodes.CallbackNotFunction, $"'{name}' must be a function, got {JsInterop.Describe(value)}");
    }

    private JavaScriptCompilationException Error(int line, int column, string code, string message, Exception? inner = null) =>
        new(_program.DisplayPath, [JavaScriptCompilationException.Format(_program.DisplayPath, line, column, code, message)], inner);

    // ---- IJavaScriptStrategyHost: the C# helpers, so both languages place identical orders ----------------------------

    IStrategyContext IJavaScriptStrategyHost.Context => Context;

    OrderTicket IJavaScriptStrategyHost.Submit(OrderRequest request) => Submit(request);

    OrderTicket? IJavaScriptStrategyHost.SetHoldings(Symbol symbol, decimal fraction, string? tag) => SetHoldings(symbol, fraction, tag);

    OrderTicket? IJavaScriptStrategyHost.Liquidate(Symbol symbol, string? tag) => Liquidate(symbol, tag);

    void IJavaScriptStrategyHost.LiquidateAll() => Liquidate();

    void IJavaScriptStrategyHost.CancelAll(Symbol? symbol) => CancelAll(symbol);

    void IJavaScriptStrategyHost.Log(string message) => Log(message);

    void IJavaScriptStrategyHost.EveryBars(int bars, JsValue callback) => EveryBars(bars, () => _runner.Call(callback));

    void IJavaScriptStrategyHost.DailyAt(TimeOnly timeOfDay, JsValue callback, string? timeZone) =>
        DailyAt(timeOfDay, () => _runner.Call(callback), timeZone);

    void IJavaScriptStrategyHost.SetWarmUp(int bars) => SetWarmUp(bars);
}
