using System.CommandLine;
using OmniAlpha.Host.Cli;

namespace OmniAlpha.Host.Tests.Support;

/// <summary>
/// Runs an <c>omnialpha</c> command in this process with captured output and error writers. For commands that write only
/// through the invocation's writers (such as <c>indicators</c>); others need <see cref="OmniAlphaProcess"/>.
/// </summary>
internal static class InProcessCli
{
    public static CliRun Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exitCode = OmniAlphaCli.Build().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
