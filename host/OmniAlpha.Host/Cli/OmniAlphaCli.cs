using System.CommandLine;

namespace OmniAlpha.Host.Cli;

/// <summary>The <c>omnialpha</c> command tree.</summary>
internal static class OmniAlphaCli
{
    public static RootCommand Build()
    {
        var root = new RootCommand("OmniAlpha: algorithmic-trading strategy host. Backtest C# strategies deterministically, exactly and fast.");
        root.Subcommands.Add(BacktestCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(DataCommand.Create());
        root.Subcommands.Add(IndicatorsCommand.Create());
        root.Subcommands.Add(PluginsCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        return root;
    }
}
