namespace OmniAlpha.Scripting.Tests;

/// <summary>How compile errors and warnings of a script are reported: exactly like <c>csc</c>, in source order.</summary>
public sealed class StrategyCompilerDiagnosticsTests
{
    private readonly StrategyCompiler _compiler = new();

    [Fact]
    public void A_syntax_error_is_reported_with_file_line_column_and_code()
    {
        const string source = """
            public sealed class Broken : Strategy
            {
                public override void OnStart()
                {
                    int x = 1
                }
            }
            """;

        var error = Assert.Throws<StrategyCompilationException>(() => _compiler.Compile("Broken.cs", source));

        Assert.Equal(["Broken.cs(5,18): error CS1002: ; expected"], error.Diagnostics);
        Assert.Equal("Broken.cs", error.DisplayPath);
        Assert.Equal("Broken.cs(5,18): error CS1002: ; expected", error.Message);
    }

    [Fact]
    public void A_type_error_is_reported_with_file_line_column_and_code()
    {
        const string source = """
            public sealed class Mistyped : Strategy
            {
                public override void OnStart()
                {
                    int period = "fourteen";
                    _ = new SimpleMovingAverage(period);
                }
            }
            """;

        var error = Assert.Throws<StrategyCompilationException>(() => _compiler.Compile("strategies/Mistyped.cs", source));

        Assert.Equal(
            ["strategies/Mistyped.cs(5,22): error CS0029: Cannot implicitly convert type 'string' to 'int'"],
            error.Diagnostics);
    }

    [Fact]
    public void Several_errors_are_listed_in_source_order_and_joined_in_the_message()
    {
        // The type error comes first in the file, although the parser reports the syntax error first.
        const string source = """
            public sealed class Errors : Strategy
            {
                public override void OnStart()
                {
                    int a = "one";
                    UnknownType b = null;
                    int c = 3
                }
            }
            """;

        var error = Assert.Throws<StrategyCompilationException>(() => _compiler.Compile("Errors.cs", source));

        string[] expected =
        [
            "Errors.cs(5,17): error CS0029: Cannot implicitly convert type 'string' to 'int'",
            "Errors.cs(6,9): error CS0246: The type or namespace name 'UnknownType' could not be found (are you missing a using directive or an assembly reference?)",
            "Errors.cs(7,18): error CS1002: ; expected",
        ];
        Assert.Equal(expected, error.Diagnostics);
        Assert.Equal(string.Join(Environment.NewLine, expected), error.Message);
    }

    [Fact]
    public void Warnings_do_not_fail_the_compile_and_are_reported_on_the_result()
    {
        const string source = """
            public sealed class Warns : Strategy
            {
                public override void OnStart()
                {
                    int unused = 42;
                    string text = null;
                    Log(text);
                }
            }
            """;

        using var compiled = _compiler.Compile("Warns.cs", source);

        Assert.Equal(
            [
                "Warns.cs(5,13): warning CS0219: The variable 'unused' is assigned but its value is never used",
                "Warns.cs(6,23): warning CS8600: Converting null literal or possible null value to non-nullable type.",
                "Warns.cs(7,13): warning CS8604: Possible null reference argument for parameter 'message' in 'void Strategy.Log(string message)'.",
            ],
            compiled.Warnings);
    }

    [Fact]
    public void A_file_without_a_strategy_is_rejected()
    {
        const string source = "public sealed class NotAStrategy { }";

        var error = Assert.Throws<StrategyCompilationException>(() => _compiler.Compile("SmaCross.cs", source));

        Assert.Equal(["SmaCross.cs: error OA0001: no public Strategy subclass found"], error.Diagnostics);
    }

    [Fact]
    public void A_strategy_that_is_not_public_is_named_in_the_error()
    {
        const string source = "internal sealed class Hidden : Strategy { }";

        var error = Assert.Throws<StrategyCompilationException>(() => _compiler.Compile("Hidden.cs", source));

        Assert.Equal(["Hidden.cs: error OA0001: no public Strategy subclass found (Hidden must be declared public)"], error.Diagnostics);
    }

    [Fact]
    public void Two_strategies_in_one_file_are_rejected_naming_both()
    {
        const string source = """
            public sealed class A : Strategy { }
            public sealed class B : Strategy { }
            """;

        var error = Assert.Throws<StrategyCompilationException>(() => _compiler.Compile("SmaCross.cs", source));

        Assert.Equal(["SmaCross.cs: error OA0002: 2 Strategy subclasses found (A, B): keep one per file"], error.Diagnostics);
    }

    [Fact]
    public void An_abstract_base_strategy_beside_the_concrete_one_is_allowed()
    {
        const string source = """
            public abstract class TrendBase : Strategy
            {
                protected int Lookback { get; init; } = 20;
            }

            public sealed class Trend : TrendBase { }
            """;

        using var compiled = _compiler.Compile("Trend.cs", source);

        Assert.Equal("Trend", compiled.StrategyType.Name);
    }

    [Fact]
    public void A_strategy_without_a_public_parameterless_constructor_is_rejected()
    {
        const string source = """
            public sealed class SmaCross : Strategy
            {
                public SmaCross(int period) { }
            }
            """;

        var error = Assert.Throws<StrategyCompilationException>(() => _compiler.Compile("SmaCross.cs", source));

        Assert.Equal(["SmaCross.cs: error OA0003: SmaCross needs a public parameterless constructor"], error.Diagnostics);
    }

    [Fact]
    public void Assemblies_outside_the_allow_list_are_not_visible_to_scripts()
    {
        const string source = """
            public sealed class Chatty : Strategy
            {
                public override void OnStart() => Console.WriteLine("hi");
            }
            """;

        var error = Assert.Throws<StrategyCompilationException>(() => _compiler.Compile("Chatty.cs", source));

        Assert.Equal(["Chatty.cs(3,39): error CS0103: The name 'Console' does not exist in the current context"], error.Diagnostics);
    }
}
