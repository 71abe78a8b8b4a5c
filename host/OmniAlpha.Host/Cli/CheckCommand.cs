using System.CommandLine;
using OmniAlpha.Host.Backtesting;
using OmniAlpha.Scripting;

namespace OmniAlpha.Host.Cli;

/// <summary>
/// <c>omnialpha check SCRIPT</c>: compiles a strategy script and validates it against the sandbox without running
/// it (a JavaScript file is parsed and its top level run, which only defines functions, in its locked-down engine).
/// Prints <c>ok: FILE (Strategy, sha256 HASH)</c> and exits 0, or prints the diagnostics and exits 2
/// (exit codes as <see cref="CommandRunner"/>). Warnings go to stderr and do not fail the check.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var script = new Argument<string>("script") { Description = "Strategy source file (.cs or .js)." };
        var verbose = CommonOptions.Verbose();
        var noCache = CommonOptions.NoCache();
        var command = new Command("check", "Compile and validate a strategy script (sandbox rules included) without running it.") { script, noCache, verbose };
        command.SetAction(parse => CommandRunner.Run(parse.GetValue(verbose), () =>
        {
            string path = parse.GetValue(script)!;
            if (JavaScriptStrategySource.IsJavaScript(path))
            {
                var program = JavaScriptStrategySource.Parse(path);
                using var loaded = JavaScriptStrategySource.Create(program);
                Console.WriteLine($"ok: {path} ({program.Name}, sha256 {program.SourceHash})");
                return 0;
            }
            if (!path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
                throw new CommandFailure($"check takes a strategy script (.cs or .js): {path}");
            if (!File.Exists(path)) throw new CommandFailure($"strategy file not found: {path}");

            using var compiled = new StrategyCompiler(Hosting.CliHost.CompilerOptions(parse.GetValue(noCache))).Compile(path);
            foreach (string warning in compiled.Warnings) Console.Error.WriteLine(warning);
            Console.WriteLine($"ok: {path} ({compiled.StrategyType.Name}, sha256 {compiled.SourceHash})");
            return 0;
        }));
        return command;
    }
}
