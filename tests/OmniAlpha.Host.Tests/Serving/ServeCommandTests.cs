using OmniAlpha.Host.Tests.Support;

namespace OmniAlpha.Host.Tests.Serving;

/// <summary>
/// <c>omnialpha serve</c> as a process: invalid configuration is exit code 2 with one stderr line naming the key and no
/// stack trace. (The running service is specified in OmniAlpha.Service.Tests.)
/// </summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private CliRun Serve(string configJson, params string[] extra)
    {
        string config = _folder.Write("appsettings.json", configJson);
        return OmniAlphaProcess.RunIn(_folder.Path, null, ["serve", "--config", config, "--data-dir", _folder.File("data"), "--urls", "http://127.0.0.1:0", .. extra]);
    }

    [Fact]
    public void A_strategy_without_symbols_is_exit_2_with_one_line_naming_the_key()
    {
        var run = Serve("""{ "Serve": { "Strategies": [ { "Id": "a", "Script": "SmaCross.cs", "Symbols": [] } ] } }""").ShouldExitWith(2);
        string line = Assert.Single(run.StderrLines);
        Assert.StartsWith("error: invalid configuration: ", line, StringComparison.Ordinal);
        Assert.Contains("Serve:Strategies:0:Symbols: at least one symbol", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_exit_2_naming_the_key()
    {
        var run = Serve("""{ "Serve": { "Speed": "fast" } }""").ShouldExitWith(2);
        Assert.Contains("Serve:Speed", Assert.Single(run.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbol_the_data_does_not_have_is_exit_2_naming_the_key()
    {
        var run = Serve("""{ "Serve": { "Strategies": [ { "Id": "a", "Script": "SmaCross.cs", "Symbols": [ "ALFA", "NOPE" ] } ] } }""").ShouldExitWith(2);
        Assert.Contains("Serve:Strategies:0:Symbols:1: 'NOPE' is not in the data set", Assert.Single(run.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_config_file_is_exit_2()
    {
        var run = OmniAlphaProcess.RunIn(_folder.Path, null, "serve", "--config", _folder.File("nope.json")).ShouldExitWith(2);
        Assert.Contains("--config: file not found", Assert.Single(run.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_script_that_does_not_compile_is_exit_2_with_its_file_line_and_column()
    {
        _folder.Write("Broken.cs", "public sealed class Broken : OmniAlpha.Sdk.Strategies.Strategy { int x = ; }");
        var run = Serve("""{ "Serve": { "Strategies": [ { "Id": "b", "Script": "Broken.cs", "Symbols": [ "ALFA" ] } ] } }""").ShouldExitWith(2);
        string line = Assert.Single(run.StderrLines);
        Assert.Contains("Serve:Strategies:0 (b): Broken.cs(1,", line, StringComparison.Ordinal);
    }
}
