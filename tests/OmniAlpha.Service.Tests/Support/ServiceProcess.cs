using System.Diagnostics;
using System.Net;
using System.Text;
using OmniAlpha.Tests.Shared;

namespace OmniAlpha.Service.Tests.Support;

/// <summary>
/// One <c>omnialpha serve</c> process started from the built executable beside the tests, on a free localhost port,
/// with its output captured. <see cref="Kill"/> is SIGKILL on Linux (<see cref="Process.Kill()"/>): nothing in the
/// process runs after it, which is the crash the journal must survive.
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    /// <summary>The bootstrap admin key every test service gets (OMNIALPHA_ADMIN_KEY).</summary>
    public const string AdminKey = "test-admin-key-0123456789abcdefghijklmnop";

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServiceProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Port { get; }

    /// <summary>A client without an API key.</summary>
    public HttpClient Http { get; }

    /// <summary>Everything the process printed so far (stdout and stderr).</summary>
    public string Output { get { lock (_output) return _output.ToString(); } }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts <c>omnialpha serve --config CONFIG --data-dir DATADIR</c> on a free port.</summary>
    public static ServiceProcess Start(string configFile, string dataDir, IReadOnlyDictionary<string, string>? environment = null)
    {
        int port = LocalProcess.FreeLoopbackPort();
        var start = new ProcessStartInfo(LocalProcess.DotnetHost())
        {
            WorkingDirectory = Path.GetDirectoryName(configFile)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "omnialpha.dll"));
        foreach (string arg in new[] { "serve", "--config", configFile, "--data-dir", dataDir, "--urls", $"http://127.0.0.1:{port}" })
            start.ArgumentList.Add(arg);
        start.Environment["OMNIALPHA_ADMIN_KEY"] = AdminKey;
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start omnialpha");
        return new ServiceProcess(process, port);
    }

    /// <summary>A client sending the admin key.</summary>
    public HttpClient AdminClient()
    {
        var client = new HttpClient { BaseAddress = Http.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
        return client;
    }

    /// <summary>
    /// Waits until /health/ready answers 200 (recovery finished), failing with the output when the process exits first
    /// (unless <paramref name="exitIsReady"/>: a short run may end before the first poll).
    /// </summary>
    public async Task WaitReadyAsync(TimeSpan timeout, bool exitIsReady = false)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited && exitIsReady) return;
            if (_process.HasExited) Assert.Fail($"omnialpha serve exited with {_process.ExitCode} before it was ready:\n{Output}");
            try
            {
                using var response = await Http.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(20);
        }
        Assert.Fail($"omnialpha serve was not ready within {timeout.TotalSeconds} s:\n{Output}");
    }

    /// <summary>
    /// Polls /health until the engine's data time reaches <paramref name="dataTimeUtc"/>; false when the process exited
    /// first (it finished the data).
    /// </summary>
    public async Task<bool> WaitForDataTimeAsync(DateTime dataTimeUtc, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited) return false;
            try
            {
                using var response = await Http.GetAsync("/health");
                using var health = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                if (health.RootElement.GetProperty("dataTimeUtc") is { ValueKind: System.Text.Json.JsonValueKind.String } time
                    && time.GetDateTime().ToUniversalTime() >= dataTimeUtc)
                    return true;
            }
            catch (HttpRequestException) { }
            await Task.Delay(5);
        }
        Assert.Fail($"omnialpha serve did not reach data time {dataTimeUtc:O} within {timeout.TotalSeconds} s:\n{Output}");
        return false;
    }

    /// <summary>SIGKILL.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    /// <summary>SIGTERM (graceful stop), like systemd's stop.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        if (kill.ExitCode != 0) throw new InvalidOperationException($"kill -TERM {_process.Id} failed with {kill.ExitCode}");
    }

    /// <summary>Waits for the process to exit on its own and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill();
            Assert.Fail($"omnialpha serve did not exit within {timeout.TotalSeconds} s:\n{Output}");
        }
        _process.WaitForExit(); // drains the output
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
