namespace OmniAlpha.Host.Tests.Support;

/// <summary>
/// <c>omnialpha backtest strategies/SmaCross.cs --out DIR</c> on the built-in sample data, run once and shared by
/// the specifications that read its output (it compiles the script at runtime, the slowest step of a run).
/// </summary>
public sealed class SampleRun : IDisposable
{
    private readonly TempFolder _folder = new();

    public SampleRun()
    {
        OutputFolder = _folder.File("out");
        Result = OmniAlphaProcess.Run("backtest", "strategies/SmaCross.cs", "--out", OutputFolder);
    }

    internal CliRun Result { get; }

    public string OutputFolder { get; }

    /// <summary>Absolute path of a report file of this run.</summary>
    public string Report(string name) => Path.Combine(OutputFolder, name);

    public void Dispose() => _folder.Dispose();
}
