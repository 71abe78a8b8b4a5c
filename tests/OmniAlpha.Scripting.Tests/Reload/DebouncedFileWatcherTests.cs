using OmniAlpha.Scripting.Reload;

namespace OmniAlpha.Scripting.Tests.Reload;

/// <summary>Editor save patterns become one change notification after a quiet period.</summary>
public sealed class DebouncedFileWatcherTests : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(200);
    private readonly string _directory = Directory.CreateTempSubdirectory("omnialpha-watch-").FullName;
    private readonly string _path;

    public DebouncedFileWatcherTests()
    {
        _path = Path.Combine(_directory, "Strategy.cs");
        File.WriteAllText(_path, "// v0");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>Waits (up to 10 s on a loaded machine) for <paramref name="atLeast"/> notifications, then a few more quiet periods for any extra.</summary>
    private static int CountAfterQuiet(ref int changes, int atLeast = 1)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Volatile.Read(ref changes) < atLeast && DateTime.UtcNow < deadline) Thread.Sleep(20);
        Thread.Sleep(Quiet * 3);
        return Volatile.Read(ref changes);
    }

    [Fact]
    public void A_burst_of_writes_is_reported_once()
    {
        using var watcher = new DebouncedFileWatcher(_path, Quiet);
        int changes = 0;
        watcher.Changed += () => Interlocked.Increment(ref changes);

        for (int i = 1; i <= 10; i++)
        {
            File.WriteAllText(_path, $"// v{i}");
            Thread.Sleep(10);
        }

        Assert.Equal(1, CountAfterQuiet(ref changes));
        Assert.True(watcher.EventCount >= 10, $"saw {watcher.EventCount} events");
    }

    [Fact]
    public void A_temporary_file_renamed_over_the_script_is_reported_once_and_other_files_are_ignored()
    {
        using var watcher = new DebouncedFileWatcher(_path, Quiet);
        int changes = 0;
        watcher.Changed += () => Interlocked.Increment(ref changes);

        string temporary = Path.Combine(_directory, ".Strategy.cs.swp");
        File.WriteAllText(temporary, "// saved");
        File.Move(temporary, _path, overwrite: true);
        File.WriteAllText(Path.Combine(_directory, "Other.cs"), "// unrelated");

        Assert.Equal(1, CountAfterQuiet(ref changes));
    }

    [Fact]
    public void Changes_separated_by_a_quiet_period_are_reported_separately()
    {
        using var watcher = new DebouncedFileWatcher(_path, Quiet);
        int changes = 0;
        watcher.Changed += () => Interlocked.Increment(ref changes);

        File.WriteAllText(_path, "// first");
        Assert.Equal(1, CountAfterQuiet(ref changes));
        File.WriteAllText(_path, "// second");
        Assert.Equal(2, CountAfterQuiet(ref changes, atLeast: 2));
    }

    [Fact]
    public void Nothing_is_reported_after_dispose()
    {
        var watcher = new DebouncedFileWatcher(_path, Quiet);
        int changes = 0;
        watcher.Changed += () => Interlocked.Increment(ref changes);

        File.WriteAllText(_path, "// edit");
        watcher.Dispose();

        Assert.Equal(0, CountAfterQuiet(ref changes, atLeast: 0));
    }
}
