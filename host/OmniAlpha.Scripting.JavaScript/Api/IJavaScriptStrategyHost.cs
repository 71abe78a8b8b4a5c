using Jint.Native;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Scripting.JavaScript.Api;

/// <summary>
/// What the JavaScript API objects may do to the strategy: exactly the C# <see cref="Strategy"/> helpers (implemented
/// by <see cref="JavaScriptStrategy"/> by calling them), so a JavaScript strategy places the same orders a C# one would.
/// </summary>
internal interface IJavaScriptStrategyHost
{
    /// <summary>The strategy's name (the script file name without extension).</summary>
    string Name { get; }

    /// <summary>The engine the strategy is attached to; throws while it is not attached.</summary>
    IStrategyContext Context { get; }

    /// <summary><see cref="Strategy.Submit"/>.</summary>
    OrderTicket Submit(OrderRequest request);

    /// <summary><see cref="Strategy.SetHoldings"/>.</summary>
    OrderTicket? SetHoldings(Symbol symbol, decimal fraction, string? tag);

    /// <summary><see cref="Strategy.Liquidate(Symbol, string?)"/>.</summary>
    OrderTicket? Liquidate(Symbol symbol, string? tag);

    /// <summary><see cref="Strategy.Liquidate()"/>.</summary>
    void LiquidateAll();

    /// <summary><see cref="Strategy.CancelAll"/>.</summary>
    void CancelAll(Symbol? symbol);

    /// <summary><see cref="Strategy.Log"/>.</summary>
    void Log(string message);

    /// <summary>Schedules a script function after every <paramref name="bars"/>-th time step.</summary>
    void EveryBars(int bars, JsValue callback);

    /// <summary>Schedules a script function daily at <paramref name="timeOfDay"/>.</summary>
    void DailyAt(TimeOnly timeOfDay, JsValue callback, string? timeZone);

    /// <summary><see cref="Strategy.SetWarmUp"/>.</summary>
    void SetWarmUp(int bars);
}
