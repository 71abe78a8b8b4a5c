using BenchmarkDotNet.Running;
using OmniAlpha.Benchmarks.Live;

namespace OmniAlpha.Benchmarks;

/// <summary>
/// Entry point. <c>dotnet run -c Release --project tests/OmniAlpha.Benchmarks -- live-load [options]</c> runs the live-host
/// load benchmark (see <see cref="LiveLoadOptions.Usage"/>); anything else goes to the BenchmarkDotNet switcher, e.g.
/// <c>-- --filter '*'</c>.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == LiveLoadCommand.Name) return await LiveLoadCommand.RunAsync(args[1..]);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
