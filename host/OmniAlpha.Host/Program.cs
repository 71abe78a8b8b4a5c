using OmniAlpha.Host.Cli;

namespace OmniAlpha.Host;

/// <summary>Entry point of the <c>omnialpha</c> executable.</summary>
internal static class Program
{
    private static int Main(string[] args) => OmniAlphaCli.Build().Parse(args).Invoke();
}
