using OmniAlpha.Tests.Shared;

namespace OmniAlpha.Scripting.Tests.Sandbox;

/// <summary>
/// The sandbox does not get in the way of real strategies: ordinary scripts and the shipped samples compile
/// with it on, and raise no violation even against the whole framework.
/// </summary>
public sealed class LegitimateScriptTests
{
    private readonly StrategyCompiler _compiler = new();

    public static TheoryData<string> Names() => new(LegitimateScripts.All.Keys);

    public static TheoryData<string> Samples() =>
        new(Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "strategies"), "*.cs").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Names))]
    public void It_compiles_with_the_sandbox_on(string name)
    {
        using var compiled = _compiler.Compile("Legit.cs", LegitimateScripts.All[name]);

        Assert.Equal("Legit", compiled.StrategyType.Name);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void It_raises_no_violation_against_the_whole_framework(string name) =>
        Assert.Empty(FullFrameworkCompilation.SandboxErrors("Legit.cs", LegitimateScripts.All[name]));

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_sample_strategy_compiles_with_the_sandbox_on(string fileName)
    {
        string path = Path.Combine(SharedData.RepositoryRoot, "strategies", fileName);

        using var compiled = _compiler.Compile(path);

        Assert.Equal(Path.GetFileNameWithoutExtension(fileName), compiled.StrategyType.Name);
        Assert.Empty(FullFrameworkCompilation.SandboxErrors(path, File.ReadAllText(path)));
    }

    [Fact]
    public void There_are_the_four_samples() => Assert.Equal(4, Samples().Count);
}
