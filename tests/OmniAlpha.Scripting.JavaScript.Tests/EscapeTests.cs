using Jint;
using OmniAlpha.Scripting.JavaScript.Tests.Support;

namespace OmniAlpha.Scripting.JavaScript.Tests;

/// <summary>
/// Attempts to leave the sandbox: reach the CLR, compile code from strings, tamper with the host objects. Each probe
/// runs inside <c>onStart</c> and logs what it got; none may reach anything beyond the allow-list.
/// </summary>
public sealed class EscapeTests
{
    private static string Probe(string expression)
    {
        string script = $$"""
            function onStart() {
              let result;
              try { result = String({{expression}}); } catch (e) { result = "threw " + e.name + ": " + e.message; }
              strategy.log(result);
            }
            """;
        var logger = new ListLogger();
        JsRun.Run(JsRun.Strategy(script), [JsRun.Rising("ALFA", 1)], logger: logger);
        string message = Assert.Single(logger.Messages);
        return message[(message.IndexOf(' ', message.IndexOf(' ') + 1) + 1)..];
    }

    [Theory]
    [InlineData("typeof System")]
    [InlineData("typeof importNamespace")]
    [InlineData("typeof clr")]
    [InlineData("typeof require")]
    [InlineData("typeof process")]
    [InlineData("typeof module")]
    [InlineData("typeof host")]
    [InlineData("typeof fetch")]
    [InlineData("typeof XMLHttpRequest")]
    [InlineData("typeof File")]
    [InlineData("typeof strategy.GetType")]
    [InlineData("typeof ta.sma(3).GetType")]
    [InlineData("typeof strategy.buy.GetType")]
    [InlineData("typeof strategy.Context")]
    [InlineData("typeof strategy.Submit")]
    public void No_CLR_or_host_environment_name_is_reachable(string probe)
    {
        Assert.Equal("undefined", Probe(probe));
    }

    [Theory]
    [InlineData("eval('1 + 1')")]
    [InlineData("new Function('return 1')()")]
    [InlineData("(function () {}).constructor('return this')()")]
    [InlineData("strategy.buy.constructor('return globalThis')()")]
    [InlineData("Reflect.construct(Function, ['return 1'])()")]
    [InlineData("Object.getPrototypeOf(async function () {}).constructor('return 1')")]
    [InlineData("Object.getPrototypeOf(function* () {}).constructor('yield 1')")]
    public void Code_cannot_be_compiled_from_strings(string probe)
    {
        Assert.Equal("threw TypeError: String compilation has been disabled in engine options", Probe(probe));
    }

    [Fact]
    public void Dynamic_import_is_refused_and_ends_the_callback()
    {
        var e = Assert.Throws<OmniAlpha.Kernel.Engine.StrategyRuntimeException>(() => Probe("import('fs')"));

        Assert.Equal("Module loading has been disabled, you need to enable it in engine options", e.InnerException!.Message);
    }

    [Fact]
    public void The_strategy_object_holds_exactly_the_documented_members()
    {
        Assert.Equal(
            "buy,cancel,cancelAll,dailyAt,everyBars,history,isWarmingUp,limitOrder,liquidate,log,marketOnCloseOrder,marketOnOpenOrder," +
            "marketOrder,name,openOrders,order,param,portfolio,position,sell,setHoldings,setWarmUp,stopLimitOrder,stopOrder,symbols,time," +
            "trailingStopOrder",
            Probe("Object.getOwnPropertyNames(strategy).sort().join(',')"));
        Assert.Equal("[object Object]", Probe("Object.prototype.toString.call(strategy)"));
        Assert.Equal("true", Probe("Object.getPrototypeOf(strategy) === Object.prototype"));
    }

    [Fact]
    public void Host_functions_are_plain_native_JavaScript_functions()
    {
        Assert.Equal("function buy() { [native code] }", Probe("strategy.buy.toString()"));
        Assert.Equal("true", Probe("strategy.buy.constructor === Function && Object.getPrototypeOf(strategy.buy) === Function.prototype"));
    }

    [Fact]
    public void The_engine_adds_exactly_two_globals_to_standard_JavaScript()
    {
        var plain = new Engine(o => o.Strict = true).Evaluate("Object.getOwnPropertyNames(globalThis).join(',')").ToString().Split(',');

        var ours = Probe("Object.getOwnPropertyNames(globalThis).join(',')").Split(',');

        Assert.Equal(["onStart", "strategy", "ta"], ours.Except(plain).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("strategy.buy = () => 1")]
    [InlineData("strategy.extra = 1")]
    [InlineData("delete strategy.buy")]
    [InlineData("Object.defineProperty(strategy, 'buy', { value: 1 })")]
    [InlineData("Object.setPrototypeOf(strategy, {})")]
    [InlineData("ta.sma = null")]
    [InlineData("ta.sma(3).update = null")]
    [InlineData("strategy.symbols[0] = 'EVIL'")]
    [InlineData("strategy.symbols.push('EVIL')")]
    [InlineData("ta.names.length = 0")]
    [InlineData("ta.sma(3).outputs[0] = 'x'")]
    [InlineData("(Object.freeze = (x) => x, strategy.symbols).push('EVIL')")]
    public void Host_objects_cannot_be_modified(string mutation)
    {
        Assert.StartsWith("threw TypeError: ", Probe(mutation), StringComparison.Ordinal);
    }

    [Fact]
    public void A_polluted_Object_prototype_does_not_change_what_the_host_objects_are()
    {
        const string pollution = "(Object.prototype.buy = () => 'evil', Object.prototype.GetType = () => 'clr', " +
                                 "[typeof strategy.buy('ALFA', 1).id, ({}).GetType(), typeof strategy.GetType])";

        Assert.Equal("number,clr,function", Probe(pollution)); // its own realm is the script's to break, never the host
    }

    [Fact]
    public void Host_errors_carry_no_CLR_exception_object()
    {
        Assert.Equal("message", Probe("(() => { try { strategy.buy('ALFA', NaN); } catch (e) { return Object.getOwnPropertyNames(e).sort().join(','); } })()"));
    }
}
