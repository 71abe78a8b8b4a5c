namespace OmniAlpha.Scripting.Tests.Sandbox;

/// <summary>How <see cref="StrategyCompiler"/> reports sandbox violations: like compiler errors, in source order.</summary>
public sealed class SandboxedCompilerTests
{
    private const string Source = """
        public sealed class Sneaky : Strategy
        {
            private static int _runs;

            public override void OnStart()
            {
                _runs++;
                string secret = System.IO.File.ReadAllText("/etc/passwd");
                GC.Collect();
            }
        }
        """;

    [Fact]
    public void Every_violation_is_one_csc_style_line_in_source_order()
    {
        var error = Assert.Throws<StrategyCompilationException>(() => new StrategyCompiler().Compile("strategies/Sneaky.cs", Source));

        Assert.Equal(
            [
                "strategies/Sneaky.cs(3,24): error OA0110: Static mutable state (static field Sneaky._runs) is not allowed in a strategy",
                "strategies/Sneaky.cs(8,25): error OA0101: File system access (System.IO.File.ReadAllText) is not allowed in a strategy",
                "strategies/Sneaky.cs(9,9): error OA0108: Garbage collector control (System.GC.Collect) is not allowed in a strategy",
            ],
            error.Diagnostics);
    }

    [Fact]
    public void Compiler_errors_are_reported_alone_because_unbound_code_cannot_be_judged()
    {
        const string broken = """
            public sealed class Broken : Strategy
            {
                public override void OnStart() => System.IO.File.Delete(undeclared);
            }
            """;

        var error = Assert.Throws<StrategyCompilationException>(() => new StrategyCompiler().Compile("Broken.cs", broken));

        Assert.All(error.Diagnostics, d => Assert.Contains(": error CS", d, StringComparison.Ordinal));
    }

    [Fact]
    public void Sandboxing_is_on_by_default_and_can_be_switched_off_for_trusted_strategies()
    {
        Assert.True(new StrategyCompiler().Options.Sandboxed);
        var trusted = new StrategyCompiler(new StrategyCompilerOptions { Sandboxed = false });

        using var compiled = trusted.Compile("strategies/Sneaky.cs", Source);

        Assert.Equal("Sneaky", compiled.StrategyType.Name);
    }
}
