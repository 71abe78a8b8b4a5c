using System.Diagnostics;
using System.Globalization;

namespace OmniAlpha.Host.Output;

/// <summary>
/// A progress bar on stderr that appears only when a run takes longer than a moment and stderr is a terminal,
/// so short runs and redirected output stay clean.
/// </summary>
internal sealed class ConsoleProgressBar : IProgress<double>, IDisposable
{
    private static readonly TimeSpan ShowAfter = TimeSpan.FromSeconds(1);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly bool _enabled = !Console.IsErrorRedirected;
    private bool _shown;

    public void Report(double value)
    {
        if (!_enabled || _clock.Elapsed < ShowAfter) return;
        _shown = true;
        int width = 30;
        int done = (int)Math.Round(Math.Clamp(value, 0, 1) * width);
        Console.Error.Write(string.Create(CultureInfo.InvariantCulture,
            $"\r[{new string('#', done)}{new string('.', width - done)}] {value * 100,5:0.0}%  {_clock.Elapsed.TotalSeconds:0.0}s"));
    }

    public void Dispose()
    {
        if (_shown) Console.Error.WriteLine();
    }
}
