using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Scripting;

namespace OmniAlpha.Scripting.Tests.Budgets;

/// <summary>A guarded (budget-injected) compile reports errors, warnings and stack traces at the user's lines.</summary>
public sealed class GuardedDiagnosticsTests
{
    private readonly StrategyCompiler _guarded = new();
    private readonly StrategyCompiler _trusted = new(new StrategyCompilerOptions { Sandboxed = false });

    [Fact]
    public void A_compile_error_inside_a_loop_points_at_the_users_line_and_column()
    {
        const string source = """
            public sealed class Broken : Strategy
            {
                public override void OnBar(in Bar bar)
                {
                    for (int i = 0; i < 3; i++) { int x = "three"; }
                }
            }
            """;

        var error = Assert.Throws<StrategyCompilationException>(() => _guarded.Compile("strategies/Broken.cs", source));

        Assert.Equal(["strategies/Broken.cs(5,47): error CS0029: Cannot implicitly convert type 'string' to 'int'"], error.Diagnostics);
    }

    [Fact]
    public void Warnings_are_the_same_guarded_and_trusted()
    {
        const string source = """
            public sealed class Warned : Strategy
            {
                public override void OnBar(in Bar bar)
                {
                    for (int i = 0; i < 3; i++) { int unused; }
                    while (bar.Close < 0m) Log(null);
                    Func<int, int> f = x => { int alsoUnused; return x; };
                }
            }
            """;

        using var guarded = _guarded.Compile("strategies/Warned.cs", source);
        using var trusted = _trusted.Compile("strategies/Warned.cs", source);

        Assert.NotEmpty(trusted.Warnings);
        Assert.Equal(trusted.Warnings, guarded.Warnings);
        Assert.Contains("strategies/Warned.cs(5,43): warning CS0168: The variable 'unused' is declared but never used", guarded.Warnings);
    }

    [Fact]
    public void An_exception_in_a_one_line_loop_body_or_a_lambda_names_the_users_line()
    {
        const string source = """
            public sealed class Thrower : Strategy
            {
                public override void OnBar(in Bar bar)
                {
                    Func<int, int> check = n =>
                        n > 2 ? throw new InvalidOperationException("lambda") : n;
                    for (int i = 0; i < 5; i++) check(i);
                }
            }
            """;
        using var compiled = _guarded.Compile("strategies/Thrower.cs", source);
        var strategy = compiled.CreateInstance();
        var bar = new Bar(new Symbol("AAA"), DateTime.UnixEpoch, 1m, 1m, 1m, 1m, 1m);

        var error = Assert.Throws<InvalidOperationException>(() => strategy.OnBar(in bar));

        Assert.Contains("in strategies/Thrower.cs:line 6", error.StackTrace);
        Assert.Contains("Thrower.OnBar(Bar& bar) in strategies/Thrower.cs:line 7", error.StackTrace);
    }

    [Fact]
    public void A_guarded_compile_is_marked_as_budgeted_and_a_trusted_one_is_not()
    {
        const string source = "public sealed class Plain : Strategy { }";
        using var guarded = _guarded.Compile("strategies/Plain.cs", source);
        using var trusted = _trusted.Compile("strategies/Plain.cs", source);

        Assert.True(guarded.Assembly.IsDefined(typeof(BudgetedScriptAttribute), inherit: false));
        Assert.False(trusted.Assembly.IsDefined(typeof(BudgetedScriptAttribute), inherit: false));
    }
}
