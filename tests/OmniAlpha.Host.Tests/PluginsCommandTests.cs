using System.Text.Json;
using OmniAlpha.Host.Tests.Support;

namespace OmniAlpha.Host.Tests;

/// <summary>
/// <c>omnialpha plugins list</c> shows the plugins folder as a run loads it; the built-in CSV, sample-data and simulated
/// plugins ship there, and a backtest gets its data and exchange from them (not from the executable's own references).
/// </summary>
public sealed class PluginsCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void The_built_in_plugins_are_listed_loaded_with_version_kinds_and_sdk()
    {
        var run = OmniAlphaProcess.Run("plugins", "list", "--json").ShouldExitWith(0);

        using var json = JsonDocument.Parse(run.Stdout);
        var plugins = json.RootElement.EnumerateArray()
            .Select(p => (Id: p.GetProperty("id").GetString(), Version: p.GetProperty("version").GetString(),
                Kinds: string.Join(',', p.GetProperty("kinds").EnumerateArray().Select(k => k.GetString())),
                Sdk: p.GetProperty("sdk_version").GetString(), State: p.GetProperty("state").GetString(),
                Error: p.GetProperty("error").ValueKind))
            .ToArray();
        Assert.Equal(
        [
            ("csv", "1.0.0", "data", "1.0.0", "loaded", JsonValueKind.Null),
            ("sample-data", "1.0.0", "data", "1.0.0", "loaded", JsonValueKind.Null),
            ("simulated", "1.0.0", "broker", "1.0.0", "loaded", JsonValueKind.Null),
        ], plugins);
        Assert.Empty(run.StderrLines);
    }

    [Fact]
    public void A_refused_plugin_is_listed_with_its_state_and_error_and_logged()
    {
        Directory.CreateDirectory(_folder.File("broken"));
        _folder.Write("broken/broken.dll", "not an assembly");

        var table = OmniAlphaProcess.Run("plugins", "list", "--plugins", _folder.Path).ShouldExitWith(0);
        var json = OmniAlphaProcess.Run("plugins", "list", "--plugins", _folder.Path, "--json").ShouldExitWith(0);

        Assert.Contains("│ broken │", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("│ refused │", table.Stdout, StringComparison.Ordinal);
        Assert.Contains($"1 plugin(s) in {_folder.Path}", table.Stdout, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Stdout);
        var plugin = Assert.Single(document.RootElement.EnumerateArray().ToArray());
        Assert.Equal("refused", plugin.GetProperty("state").GetString());
        Assert.StartsWith($"{_folder.File("broken/broken.dll")}: not a complete .NET assembly", plugin.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("[ERR] plugin broken refused: ", Assert.Single(json.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_backtest_gets_its_data_through_the_plugins_folder()
    {
        var run = OmniAlphaProcess.Run("backtest", "SmaCross", "--plugins", _folder.Path, "--out", _folder.File("out")).ShouldExitWith(1);
        Assert.Equal([$"error: plugin 'sample-data' is not installed in {_folder.Path}"], run.StderrLines);
    }

    public void Dispose() => _folder.Dispose();
}
