using OmniAlpha.Host.Tests.Support;

namespace OmniAlpha.Host.Tests;

/// <summary>The CLI's compile cache: a second start of an unchanged script loads the cached build; --no-cache bypasses it.</summary>
public sealed class CompileCacheCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly TempFolder _cache = new();

    public void Dispose()
    {
        _folder.Dispose();
        _cache.Dispose();
    }

    private CliRun Check(params string[] args) =>
        OmniAlphaProcess.RunIn(_folder.Path, new Dictionary<string, string> { ["OMNIALPHA_CACHE_DIR"] = _cache.Path }, ["check", .. args]);

    private string[] Entries() => Directory.GetFiles(_cache.Path, "*.oasc");

    [Fact]
    public void Check_stores_a_successful_compile_and_the_second_check_gives_the_same_answer_from_the_cache()
    {
        _folder.Write("Flat.cs", "public sealed class Flat : Strategy { public override void OnStart() { int unused = 0; } }");

        var first = Check("Flat.cs").ShouldExitWith(0);
        string entry = Assert.Single(Entries());
        var written = File.GetLastWriteTimeUtc(entry);
        var second = Check("Flat.cs").ShouldExitWith(0);

        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Equal(first.StderrLines, second.StderrLines); // the warning is replayed from the cache
        Assert.Contains(second.StderrLines, l => l.Contains("warning CS0219", StringComparison.Ordinal));
        Assert.Equal(written, File.GetLastWriteTimeUtc(Assert.Single(Entries())));
    }

    [Fact]
    public void No_cache_neither_reads_nor_writes_the_cache()
    {
        _folder.Write("Flat.cs", "public sealed class Flat : Strategy { }");

        Check("--no-cache", "Flat.cs").ShouldExitWith(0);

        Assert.Empty(Entries());
    }

    [Fact]
    public void A_failing_script_is_not_cached_and_reports_its_errors_each_time()
    {
        _folder.Write("Broken.cs", Scripts.MissingSemicolon);

        var first = Check("Broken.cs").ShouldExitWith(2);
        var second = Check("Broken.cs").ShouldExitWith(2);

        Assert.Equal(["Broken.cs(8,18): error CS1002: ; expected"], second.StderrLines);
        Assert.Equal(first.StderrLines, second.StderrLines);
        Assert.Empty(Entries());
    }
}
