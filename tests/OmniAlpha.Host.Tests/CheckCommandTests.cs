using System.Security.Cryptography;
using System.Text;
using OmniAlpha.Host.Tests.Support;

namespace OmniAlpha.Host.Tests;

/// <summary><c>omnialpha check</c>: compiles and sandbox-validates a script without running it.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private const string Hostile = """
        using OmniAlpha.Sdk.Strategies;

        public sealed class Leaker : Strategy
        {
            public override void OnStart() =>
                Log(System.IO.File.ReadAllText("/etc/passwd"));
        }
        """;

    private readonly TempFolder _folder = new();

    [Fact]
    public void A_sample_strategy_passes_with_its_name_and_source_hash()
    {
        string source = File.ReadAllText(Path.Combine(OmniAlphaProcess.RepositoryRoot, "strategies", "SmaCross.cs"));
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)));

        var run = OmniAlphaProcess.Run("check", "strategies/SmaCross.cs").ShouldExitWith(0);

        Assert.Equal($"ok: strategies/SmaCross.cs (SmaCross, sha256 {hash})", run.Stdout.TrimEnd());
        Assert.Empty(run.StderrLines);
    }

    [Fact]
    public void A_script_breaking_the_sandbox_exits_2_with_the_violation()
    {
        _folder.Write("Leaker.cs", Hostile);

        var run = Check("Leaker.cs").ShouldExitWith(2);

        Assert.Equal(
            ["Leaker.cs(6,13): error OA0101: File system access (System.IO.File.ReadAllText) is not allowed in a strategy"],
            run.StderrLines);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void A_script_that_does_not_compile_exits_2_with_the_compiler_error()
    {
        _folder.Write("Broken.cs", Scripts.MissingSemicolon);

        var run = Check("Broken.cs").ShouldExitWith(2);

        Assert.Equal(["Broken.cs(8,18): error CS1002: ; expected"], run.StderrLines);
    }

    [Fact]
    public void A_missing_script_exits_1_naming_it() =>
        Assert.Equal(["error: strategy file not found: Missing.cs"], Check("Missing.cs").ShouldExitWith(1).StderrLines);

    public void Dispose() => _folder.Dispose();

    private CliRun Check(string script) => OmniAlphaProcess.RunIn(_folder.Path, null, "check", script);
}
