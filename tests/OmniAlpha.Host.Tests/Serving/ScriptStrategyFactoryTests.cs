using Microsoft.Extensions.Logging.Abstractions;
using OmniAlpha.Host.Serving;
using OmniAlpha.Kernel.Live;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Scripting;
using OmniAlpha.Scripting.JavaScript;

namespace OmniAlpha.Host.Tests.Serving;

/// <summary>The live engine's strategy factory: sandboxed C#, JavaScript, errors with file:line:col, [Persist] state transfer.</summary>
public sealed class ScriptStrategyFactoryTests
{
    private const string Counter = """
        using OmniAlpha.Sdk.Market;
        using OmniAlpha.Sdk.Strategies;

        public sealed class Counter : Strategy
        {
            [Persist] private int _bars;
            public int Bars => _bars;
            public override void OnBar(in Bar bar) => _bars++;
        }
        """;

    private static ScriptStrategyFactory Factory() =>
        new(new StrategyCompiler(new StrategyCompilerOptions { Cache = null }), NullLogger<ScriptStrategyFactory>.Instance);

    private static ScriptVersionRecord Version(string fileName, string source, int version = 1) =>
        new("s1", version, ScriptStrategyFactory.LanguageOf(fileName), fileName, source, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(source))),
            new Dictionary<string, string>(), ["ALFA"], 100_000m, DateTime.UtcNow);

    [Fact]
    public void A_csharp_script_compiles_in_the_sandbox_into_a_fresh_instance_each_time()
    {
        var factory = Factory();
        var version = Version("Counter.cs", Counter);
        var first = factory.Create(version);
        var second = factory.Create(version);
        Assert.Equal("Counter", first.GetType().Name);
        Assert.NotSame(first, second);
        Assert.Same(first.GetType(), second.GetType()); // one compile per source
    }

    [Fact]
    public void A_compile_error_names_file_line_and_column()
    {
        var e = Assert.Throws<StrategyScriptException>(() => Factory().Create(Version("Broken.cs", "public sealed class Broken : OmniAlpha.Sdk.Strategies.Strategy { int x = ; }")));
        Assert.Contains("Broken.cs(1,", e.Message, StringComparison.Ordinal);
        Assert.Contains("error CS", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sandbox_is_on()
    {
        const string escape = """
            using OmniAlpha.Sdk.Market;
            using OmniAlpha.Sdk.Strategies;
            public sealed class Escape : Strategy
            {
                public override void OnBar(in Bar bar) => System.IO.File.WriteAllText("/tmp/x", "y");
            }
            """;
        var e = Assert.Throws<StrategyScriptException>(() => Factory().Create(Version("Escape.cs", escape)));
        Assert.Contains("Escape.cs(5,", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_javascript_script_is_loaded_and_its_errors_name_file_line_and_column()
    {
        var factory = Factory();
        Assert.IsType<JavaScriptStrategy>(factory.Create(Version("Flip.js", "function onBar(bar) { }")));
        var e = Assert.Throws<StrategyScriptException>(() => factory.Create(Version("Bad.js", "function onBar(bar) {\n  let = ;\n}")));
        Assert.Contains("Bad.js(2,", e.Message, StringComparison.Ordinal);
        Assert.Null(factory.StateTransfer(Version("Flip.js", "function onBar(bar) { }")));
    }

    [Fact]
    public void State_transfer_carries_persist_fields_to_the_new_version()
    {
        var factory = Factory();
        var v1 = Version("Counter.cs", Counter);
        var v2 = Version("Counter.cs", Counter.Replace("_bars++", "_bars += 2", StringComparison.Ordinal), version: 2);
        var old = factory.Create(v1);
        old.GetType().GetField("_bars", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!.SetValue(old, 41);
        var replacement = factory.Create(v2);
        factory.StateTransfer(v2)!(old, replacement);
        Assert.Equal(41, (int)replacement.GetType().GetProperty("Bars")!.GetValue(replacement)!);
    }

    [Fact]
    public void Unknown_languages_and_extensions_are_refused()
    {
        Assert.Throws<StrategyScriptException>(() => ScriptStrategyFactory.LanguageOf("strategy.py"));
        var version = Version("Counter.cs", Counter) with { Language = "python" };
        Assert.Contains("unknown script language 'python'", Assert.Throws<StrategyScriptException>(() => Factory().Create(version)).Message, StringComparison.Ordinal);
    }
}
