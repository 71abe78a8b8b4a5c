using OmniAlpha.Scripting.Caching;

namespace OmniAlpha.Scripting.Tests.Caching;

/// <summary>The compile cache: hits, misses and every input that must invalidate an entry.</summary>
public sealed class StrategyCompileCacheTests : IDisposable
{
    private const string Counter = """
        public sealed class Counter : Strategy
        {
            private int _bars;
            public override void OnBar(in Bar bar) => _bars++;
        }
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("omnialpha-cache-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private StrategyCompiler Compiler(StrategyCompileCache cache, bool sandboxed = true, string? toolchain = null) =>
        new(new StrategyCompilerOptions
        {
            Sandboxed = sandboxed,
            Cache = cache,
            Toolchain = toolchain is null ? null : new ScriptToolchainIdentity(toolchain),
        });

    [Fact]
    public void The_first_compile_misses_and_the_second_loads_the_cached_image()
    {
        var cache = new StrategyCompileCache(_directory);
        var compiler = Compiler(cache);

        using var first = compiler.Compile("Counter.cs", Counter);
        using var second = compiler.Compile("Counter.cs", Counter);

        Assert.False(first.FromCache);
        Assert.True(second.FromCache);
        Assert.Equal((1, 1L), (Convert.ToInt32(cache.Misses), cache.MemoryHits));
        Assert.NotSame(first.LoadContext, second.LoadContext);
        Assert.Equal("Counter", second.CreateInstance().Name);
        Assert.Single(Directory.GetFiles(_directory, "*.oasc"));
    }

    [Fact]
    public void A_new_process_finds_the_entry_on_disk()
    {
        using (Compiler(new StrategyCompileCache(_directory)).Compile("Counter.cs", Counter)) { }
        var fresh = new StrategyCompileCache(_directory);

        using var loaded = Compiler(fresh).Compile("Counter.cs", Counter);

        Assert.True(loaded.FromCache);
        Assert.Equal(1, fresh.DiskHits);
        Assert.Equal(0, fresh.Misses);
    }

    [Fact]
    public void A_changed_source_misses()
    {
        var cache = new StrategyCompileCache(_directory);
        using (Compiler(cache).Compile("Counter.cs", Counter)) { }

        using var changed = Compiler(cache).Compile("Counter.cs", Counter.Replace("_bars++", "_bars += 2", StringComparison.Ordinal));

        Assert.False(changed.FromCache);
        Assert.Equal(2, cache.Misses);
    }

    [Fact]
    public void Changed_compiler_options_miss_because_a_trusted_image_has_no_budget_checks()
    {
        var cache = new StrategyCompileCache(_directory);
        using (Compiler(cache, sandboxed: true).Compile("Counter.cs", Counter)) { }

        using var trusted = Compiler(cache, sandboxed: false).Compile("Counter.cs", Counter);

        Assert.False(trusted.FromCache);
        Assert.False(trusted.Assembly.IsDefined(typeof(OmniAlpha.Sdk.Scripting.BudgetedScriptAttribute), false));
    }

    [Fact]
    public void Another_sdk_or_compiler_version_misses()
    {
        var cache = new StrategyCompileCache(_directory);
        using (Compiler(cache, toolchain: "sdk 1.0.0\nroslyn 5.12.0").Compile("Counter.cs", Counter)) { }

        using var newerSdk = Compiler(cache, toolchain: "sdk 1.1.0\nroslyn 5.12.0").Compile("Counter.cs", Counter);
        using var newerRoslyn = Compiler(cache, toolchain: "sdk 1.0.0\nroslyn 5.13.0").Compile("Counter.cs", Counter);
        using var same = Compiler(cache, toolchain: "sdk 1.0.0\nroslyn 5.12.0").Compile("Counter.cs", Counter);

        Assert.False(newerSdk.FromCache);
        Assert.False(newerRoslyn.FromCache);
        Assert.True(same.FromCache);
    }

    [Fact]
    public void The_current_toolchain_names_the_sdk_version_roslyn_and_every_reference()
    {
        string text = ScriptToolchainIdentity.Current.Text;

        Assert.StartsWith($"sdk {OmniAlpha.Sdk.SdkInfo.Version} ", text, StringComparison.Ordinal);
        Assert.Contains("\nroslyn ", text, StringComparison.Ordinal);
        Assert.Contains("\nreference OmniAlpha.Sdk ", text, StringComparison.Ordinal);
        Assert.Contains("\nreference System.Runtime ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_display_path_misses_because_the_path_is_embedded_in_the_image()
    {
        var cache = new StrategyCompileCache(_directory);
        using (Compiler(cache).Compile("a/Counter.cs", Counter)) { }

        using var elsewhere = Compiler(cache).Compile("b/Counter.cs", Counter);

        Assert.False(elsewhere.FromCache);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("flipped")]
    [InlineData("empty")]
    public void A_damaged_entry_is_detected_deleted_and_recompiled(string damage)
    {
        using (Compiler(new StrategyCompileCache(_directory)).Compile("Counter.cs", Counter)) { }
        string entry = Directory.GetFiles(_directory, "*.oasc").Single();
        byte[] bytes = File.ReadAllBytes(entry);
        switch (damage)
        {
            case "truncated": File.WriteAllBytes(entry, bytes[..(bytes.Length / 2)]); break;
            case "flipped": bytes[bytes.Length / 2] ^= 0x40; File.WriteAllBytes(entry, bytes); break;
            default: File.WriteAllBytes(entry, []); break;
        }
        var fresh = new StrategyCompileCache(_directory);

        using var recompiled = Compiler(fresh).Compile("Counter.cs", Counter);

        Assert.False(recompiled.FromCache);
        Assert.Equal(1, fresh.CorruptEntries);
        Assert.Equal("Counter", recompiled.CreateInstance().Name);
        Assert.True(CacheEntryFormat.TryRead(File.ReadAllBytes(entry), Path.GetFileNameWithoutExtension(entry), out _), "the entry was rewritten intact");
    }

    [Fact]
    public void An_entry_renamed_to_another_key_is_rejected()
    {
        var cache = new StrategyCompileCache(_directory);
        using (Compiler(cache).Compile("Counter.cs", Counter)) { }
        string entry = Directory.GetFiles(_directory, "*.oasc").Single();

        Assert.False(CacheEntryFormat.TryRead(File.ReadAllBytes(entry), new string('0', 64), out _));
    }

    [Fact]
    public void A_failing_compile_reports_its_diagnostics_every_time_and_is_not_cached()
    {
        var cache = new StrategyCompileCache(_directory);
        const string broken = "public sealed class Broken : Strategy { int x = ; }";

        var first = Assert.Throws<StrategyCompilationException>(() => Compiler(cache).Compile("Broken.cs", broken));
        var second = Assert.Throws<StrategyCompilationException>(() => Compiler(cache).Compile("Broken.cs", broken));

        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Contains("Broken.cs(1,", first.Diagnostics[0], StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_directory));
        Assert.Equal(2, cache.Misses);
    }

    [Fact]
    public void Warnings_are_replayed_from_the_cache()
    {
        var cache = new StrategyCompileCache(_directory);
        const string warns = "public sealed class Warns : Strategy { public override void OnStart() { int unused = 1; } }";

        using var compiled = Compiler(cache).Compile("Warns.cs", warns);
        cache.ClearMemory();
        using var cached = Compiler(cache).Compile("Warns.cs", warns);

        Assert.True(cached.FromCache);
        Assert.NotEmpty(compiled.Warnings);
        Assert.Equal(compiled.Warnings, cached.Warnings);
    }

    [Fact]
    public void An_unwritable_folder_does_not_fail_the_compile()
    {
        string file = Path.Combine(_directory, "not-a-folder");
        File.WriteAllText(file, "");
        var cache = new StrategyCompileCache(Path.Combine(file, "scripts"));

        using var compiled = Compiler(cache).Compile("Counter.cs", Counter);

        Assert.Equal(1, cache.WriteFailures);
        Assert.True(Compiler(cache).Compile("Counter.cs", Counter).FromCache, "the memory layer still serves it");
    }

    [Fact]
    public void The_default_folder_follows_OMNIALPHA_CACHE_DIR()
    {
        string? saved = Environment.GetEnvironmentVariable(StrategyCompileCache.DirectoryVariable);
        try
        {
            Environment.SetEnvironmentVariable(StrategyCompileCache.DirectoryVariable, _directory);
            Assert.Equal(_directory, StrategyCompileCache.CreateDefault().Directory);
            Environment.SetEnvironmentVariable(StrategyCompileCache.DirectoryVariable, null);
            Assert.EndsWith(Path.Combine("omnialpha", "scripts"), StrategyCompileCache.DefaultDirectory, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(StrategyCompileCache.DirectoryVariable, saved);
        }
    }
}
