using BenchmarkDotNet.Running;

namespace OmniAlpha.Benchmarks;

/// <summary>
/// BenchmarkDotNet entry point: <c>dotnet run -c Release --project tests/OmniAlpha.Benchmarks -- --filter '*'</c>.
/// </summary>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
