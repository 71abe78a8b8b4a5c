using System.Diagnostics;
using System.Reflection;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Scripting.Tests;

public sealed class StrategyCompilerTests
{
    private readonly StrategyCompiler _compiler = new();

    private const string SmaCross = """
        using OmniAlpha.Indicators;
        using OmniAlpha.Sdk.Market;
        using OmniAlpha.Sdk.Strategies;

        public sealed class SmaCross : OmniAlpha.Sdk.Strategies.Strategy
        {
            private SimpleMovingAverage _fast = null!;
            private SimpleMovingAverage _slow = null!;

            public override void OnStart()
            {
                _fast = new SimpleMovingAverage(Param("fast", 10));
                _slow = new SimpleMovingAverage(Param("slow", 30));
            }

            public override void OnBar(in Bar bar)
            {
                double close = (double)bar.Close;
                if (_fast.Update(close) > _slow.Update(close) && Position(bar.Symbol).Quantity == 0m)
                    SetHoldings(bar.Symbol, 1m);
            }
        }
        """;

    [Fact]
    public void A_valid_strategy_compiles_and_instantiates_as_a_Strategy()
    {
        using var compiled = _compiler.Compile("SmaCross.cs", SmaCross);

        Assert.Equal("SmaCross", compiled.StrategyType.Name);
        Assert.Same(compiled.Assembly, compiled.StrategyType.Assembly);
        Strategy strategy = compiled.CreateInstance();
        Assert.IsType(compiled.StrategyType, strategy);
        Assert.Equal("SmaCross", strategy.Name);
        Assert.Empty(compiled.Warnings);
    }

    [Fact]
    public void Each_instance_is_a_new_object()
    {
        using var compiled = _compiler.Compile("SmaCross.cs", SmaCross);

        Assert.NotSame(compiled.CreateInstance(), compiled.CreateInstance());
    }

    [Fact]
    public void A_script_consolidating_bars_and_chaining_indicators_compiles_with_the_implicit_usings_alone()
    {
        const string consolidating = """
            public sealed class Weekly : Strategy
            {
                private readonly SeriesOfSeriesIndicator _emaOfRsi = new ExponentialMovingAverage(5).Of(new RelativeStrengthIndex(14));

                public override void OnStart()
                {
                    foreach (var symbol in Symbols)
                        Consolidate(symbol, ConsolidationPeriod.Weekly(), bar => _emaOfRsi.Update((double)bar.Close));
                }

                public override void OnBar(in Bar bar) { }
            }
            """;

        using var compiled = _compiler.Compile("Weekly.cs", consolidating);

        Assert.Equal("Weekly", compiled.StrategyType.Name);
        Assert.Empty(compiled.Warnings);
    }

    [Fact]
    public void A_terse_script_compiles_with_the_implicit_usings_alone()
    {
        const string terse = """
            public sealed class Terse : Strategy
            {
                private readonly ExponentialMovingAverage _ema = new(20);
                private readonly RelativeStrengthIndex _rsi = new(14);
                private readonly List<decimal> _closes = new();
                private readonly Dictionary<Symbol, OrderTicket?> _tickets = new();

                public override void OnBar(in Bar bar)
                {
                    _closes.Add(bar.Close);
                    _ema.Update((double)bar.Close);
                    _rsi.Update((double)bar.Close);
                    decimal high = _closes.TakeLast(20).Max();
                    if (bar.Close >= high && _rsi.Value < 70 && !IsWarmingUp)
                        _tickets[bar.Symbol] = LimitOrder(bar.Symbol, 10m, bar.Close, TimeInForce.Day);
                    if (Portfolio.Equity < 0m) throw new InvalidOperationException(Math.Abs(Portfolio.Equity).ToString());
                }

                public override void OnOrderEvent(OrderEvent orderEvent)
                {
                    if (orderEvent is OrderFilled) Log("filled");
                }
            }
            """;

        using var compiled = _compiler.Compile("Terse.cs", terse);

        Assert.Equal("Terse", compiled.StrategyType.Name);
        Assert.Empty(compiled.Warnings);
    }

    [Fact]
    public void A_script_may_log_through_the_logging_abstractions()
    {
        const string logging = """
            using Microsoft.Extensions.Logging;

            public sealed class Logs : Strategy
            {
                public override void OnStart() => Logger.LogInformation("started {Name}", Name);
            }
            """;

        using var compiled = _compiler.Compile("Logs.cs", logging);

        Assert.Equal("Logs", compiled.StrategyType.Name);
    }

    [Fact]
    public void Compiling_from_a_file_reads_it_and_names_it_as_given()
    {
        string directory = Directory.CreateTempSubdirectory("omnialpha-script-").FullName;
        try
        {
            string path = Path.Combine(directory, "SmaCross.cs");
            File.WriteAllText(path, SmaCross);

            using var compiled = _compiler.Compile(path);

            Assert.Equal(path, compiled.DisplayPath);
            Assert.Equal("SmaCross", compiled.StrategyType.Name);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Scripts_are_compiled_with_JIT_optimization_enabled()
    {
        using var compiled = _compiler.Compile("SmaCross.cs", SmaCross);

        var debuggable = compiled.Assembly.GetCustomAttribute<DebuggableAttribute>();
        Assert.NotNull(debuggable);
        Assert.False(debuggable.IsJITOptimizerDisabled);
        Assert.False(debuggable.IsJITTrackingEnabled);
    }

    [Fact]
    public void Compilation_is_deterministic()
    {
        using var first = _compiler.Compile("SmaCross.cs", SmaCross);
        using var second = _compiler.Compile("SmaCross.cs", SmaCross);

        // A deterministic build derives the module id from the content, so equal inputs give equal ids.
        Assert.Equal(first.Assembly.ManifestModule.ModuleVersionId, second.Assembly.ManifestModule.ModuleVersionId);
    }

    [Fact]
    public void Scripts_may_use_the_latest_language_version()
    {
        const string modern = """
            public sealed class Modern : Strategy
            {
                // The field keyword is C# 14.
                public int Period { get; set => field = Math.Max(1, value); } = 10;
            }
            """;

        using var compiled = _compiler.Compile("Modern.cs", modern);

        Assert.Equal("Modern", compiled.StrategyType.Name);
    }

    [Fact]
    public void An_exception_thrown_by_a_script_names_the_script_file_and_line()
    {
        const string throwing = """
            public sealed class Thrower : Strategy
            {
                public override void OnStart()
                {
                    throw new InvalidOperationException("boom");
                }
            }
            """;
        using var compiled = _compiler.Compile("strategies/Thrower.cs", throwing);
        var strategy = compiled.CreateInstance();

        var error = Assert.Throws<InvalidOperationException>(strategy.OnStart);

        Assert.Equal("boom", error.Message);
        Assert.Contains("Thrower.OnStart() in strategies/Thrower.cs:line 5", error.StackTrace);
    }

    [Fact]
    public void A_constructor_exception_propagates_unwrapped_with_its_script_line()
    {
        const string throwing = """
            public sealed class BadCtor : Strategy
            {
                public BadCtor()
                {
                    throw new NotSupportedException("nope");
                }
            }
            """;
        using var compiled = _compiler.Compile("BadCtor.cs", throwing);

        var error = Assert.Throws<NotSupportedException>(() => compiled.CreateInstance());

        Assert.Equal("nope", error.Message);
        Assert.Contains("BadCtor.cs:line 5", error.StackTrace);
    }

    [Fact]
    public void The_source_hash_is_the_SHA256_of_the_UTF8_source_and_is_stable()
    {
        using var first = _compiler.Compile("SmaCross.cs", SmaCross);
        using var second = _compiler.Compile("Other/Name.cs", SmaCross);

        string expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(SmaCross)));
        Assert.Equal(expected, first.SourceHash);
        Assert.Equal(first.SourceHash, second.SourceHash);
    }

    [Fact]
    public void The_source_hash_changes_with_the_source()
    {
        using var original = _compiler.Compile("SmaCross.cs", SmaCross);
        using var edited = _compiler.Compile("SmaCross.cs", SmaCross.Replace("\"fast\", 10", "\"fast\", 12", StringComparison.Ordinal));

        Assert.NotEqual(original.SourceHash, edited.SourceHash);
    }

    [Fact]
    public void The_same_source_compiles_to_a_separate_assembly_each_time()
    {
        using var first = _compiler.Compile("SmaCross.cs", SmaCross);
        using var second = _compiler.Compile("SmaCross.cs", SmaCross);

        Assert.NotSame(first.StrategyType, second.StrategyType);
        Assert.NotSame(first.LoadContext, second.LoadContext);
    }
}
