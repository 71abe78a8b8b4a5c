using System.Diagnostics;
using OmniAlpha.Isolation.Protocol;
using OmniAlpha.Isolation.Tests.Support;
using OmniAlpha.Scripting;

namespace OmniAlpha.Isolation.Tests;

/// <summary>
/// The session opens with a versioned handshake; a mismatch, a script that does not compile, or a worker that answers
/// garbage is a clear error at start, never a host crash.
/// </summary>
public sealed class HandshakeTests
{
    private static string SmaCross => Backtests.SampleScript("SmaCross.cs");

    [Fact]
    public void The_worker_reports_the_strategy_name_and_the_hash_of_what_it_compiled()
    {
        using var strategy = IsolatedStrategyFactory.Create("SmaCross.cs", SmaCross);

        Assert.Equal("SmaCross", strategy.Name);
        using var inProcess = new StrategyCompiler().Compile("SmaCross.cs", SmaCross);
        Assert.Equal(inProcess.SourceHash, strategy.SourceHash);
        Assert.NotNull(strategy.WorkerProcessId);
    }

    [Fact]
    public void A_protocol_version_mismatch_is_refused_with_both_versions()
    {
        var launcher = new WorkerLauncher("SmaCross.cs", SmaCross, IsolatedStrategyOptions.Default) { HelloProtocolVersion = 999 };

        var error = Assert.Throws<IsolatedWorkerException>(() => IsolatedStrategyFactory.Create(launcher, IsolatedStrategyOptions.Default));

        Assert.Equal($"strategy worker refused SmaCross.cs: protocol version 999 is not supported: omnialpha-worker speaks protocol {IsolationProtocol.Version}",
            error.Message);
    }

    [Fact]
    public void Compile_and_sandbox_errors_are_reported_exactly_as_in_process()
    {
        const string source = "public sealed class Leaky : Strategy { public override void OnStart() { System.IO.File.ReadAllText(\"x\"); int y = \"s\"; } }";
        var inProcess = Assert.Throws<StrategyCompilationException>(() => new StrategyCompiler().Compile("Leaky.cs", source));

        var isolated = Assert.Throws<StrategyCompilationException>(() => IsolatedStrategyFactory.Create("Leaky.cs", source));

        Assert.Equal(inProcess.Diagnostics, isolated.Diagnostics);
        Assert.Equal("Leaky.cs", isolated.DisplayPath);
    }

    [SkippableFact]
    public void A_worker_that_answers_with_a_malformed_frame_is_a_clear_error_and_is_killed()
    {
        // A "worker" that sends a Ready frame whose body is not MessagePack, then lingers.
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<IsolatedWorkerException>(() => WithFakeWorker(@"\003\000\000\000\002\301\301", fake =>
            IsolatedStrategyFactory.Create("SmaCross.cs", SmaCross, new IsolatedStrategyOptions { WorkerPath = fake })));

        Assert.StartsWith("strategy worker for SmaCross.cs: malformed Ready frame: ReadyMessage body cannot be read", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "the fake worker was killed, not waited for");
    }

    [SkippableFact]
    public void A_worker_speaking_another_protocol_version_is_refused_by_the_host()
    {
        // Ready = [protocol 2, "X", "hash", []]
        var error = Assert.Throws<IsolatedWorkerException>(() => WithFakeWorker(@"\013\000\000\000\002\224\002\241X\244hash\220", fake =>
            IsolatedStrategyFactory.Create("SmaCross.cs", SmaCross, new IsolatedStrategyOptions { WorkerPath = fake })));

        Assert.Equal($"strategy worker speaks protocol version 2, this host speaks {IsolationProtocol.Version}: install matching versions", error.Message);
    }

    [SkippableFact]
    public void A_worker_that_never_answers_the_handshake_is_killed_at_the_start_deadline()
    {
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<IsolatedWorkerException>(() => WithFakeWorker("", fake =>
            IsolatedStrategyFactory.Create("SmaCross.cs", SmaCross, new IsolatedStrategyOptions { WorkerPath = fake, StartTimeout = TimeSpan.FromMilliseconds(500) })));

        Assert.Equal("strategy worker for SmaCross.cs did not answer within 0.5 s", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20));
    }

    /// <summary>Runs <paramref name="use"/> with a shell script that prints <paramref name="printfBytes"/> and then sleeps.</summary>
    private static void WithFakeWorker(string printfBytes, Action<string> use)
    {
        Skip.IfNot(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "the fake worker is a POSIX shell script");
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
        string fake = Path.Combine(Path.GetTempPath(), $"fake-worker-{Guid.NewGuid():N}.sh");
        File.WriteAllText(fake, $"#!/bin/sh\nprintf '{printfBytes}'\nsleep 30\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        try { use(fake); }
        finally { File.Delete(fake); }
    }

    [Fact]
    public void A_missing_worker_executable_is_named()
    {
        var error = Assert.Throws<IsolatedWorkerException>(() =>
            IsolatedStrategyFactory.Create("SmaCross.cs", SmaCross, new IsolatedStrategyOptions { WorkerPath = "/nonexistent/omnialpha-worker.dll" }));
        Assert.StartsWith("strategy worker not found: /nonexistent/omnialpha-worker.dll", error.Message);
    }

    [Fact]
    public async Task The_worker_exits_with_a_protocol_error_on_a_malformed_frame_from_the_host()
    {
        var start = WorkerLocator.StartInfo(null);
        start.RedirectStandardInput = start.RedirectStandardOutput = start.RedirectStandardError = true;
        using var worker = Process.Start(start)!;
        var stderr = worker.StandardError.ReadToEndAsync();
        // A Hello frame whose body is garbage.
        worker.StandardInput.BaseStream.Write([3, 0, 0, 0, (byte)MessageType.Hello, 0xc1, 0xc1]);
        worker.StandardInput.Close();

        Assert.True(worker.WaitForExit(TimeSpan.FromSeconds(30)));
        Assert.Equal(3, worker.ExitCode);
        Assert.Contains("omnialpha-worker: malformed Hello frame: HelloMessage body cannot be read", await stderr);
    }
}
