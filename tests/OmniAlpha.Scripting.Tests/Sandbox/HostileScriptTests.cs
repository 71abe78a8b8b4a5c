namespace OmniAlpha.Scripting.Tests.Sandbox;

/// <summary>
/// Every hostile script is rejected by the sandbox with its family's code at the marked position, even when
/// compiled against the whole framework; and the real compiler, with its narrow allow-list, never lets one through.
/// </summary>
public sealed class HostileScriptTests
{
    private const string Path = "Hostile.cs";

    public static TheoryData<HostileScript> Scripts() => new(HostileScripts.All);

    [Theory]
    [MemberData(nameof(Scripts))]
    public void The_sandbox_rejects_it_with_its_code_at_the_marked_position(HostileScript script)
    {
        var source = MarkedSource.Parse(script.Marked);

        var errors = FullFrameworkCompilation.SandboxErrors(Path, source.Text);

        string expected = $"{Path}({source.Line},{source.Column}): error {script.Code}: ";
        Assert.True(
            errors.Any(e => e.StartsWith(expected, StringComparison.Ordinal) && e.EndsWith(" is not allowed in a strategy", StringComparison.Ordinal)),
            $"expected an error starting with '{expected}', got:\n{string.Join('\n', errors)}");
        Assert.All(errors, e => Assert.Matches(@"^Hostile\.cs\(\d+,\d+\): error OA01\d\d: .+ is not allowed in a strategy$", e));
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void The_strategy_compiler_refuses_it(HostileScript script)
    {
        var source = MarkedSource.Parse(script.Marked);

        var error = Assert.Throws<StrategyCompilationException>(() => new StrategyCompiler().Compile(Path, source.Text));

        Assert.NotEmpty(error.Diagnostics);
        Assert.All(error.Diagnostics, d => Assert.Contains(": error ", d, StringComparison.Ordinal));
    }

    [Fact]
    public void There_are_at_least_forty_attacks_covering_every_family()
    {
        Assert.True(HostileScripts.All.Count >= 40);
        Assert.Equal(
            OmniAlpha.Scripting.Sandbox.SandboxRules.Families.Select(f => f.Code).Order(),
            HostileScripts.All.Select(s => s.Code).Distinct().Order());
    }
}
