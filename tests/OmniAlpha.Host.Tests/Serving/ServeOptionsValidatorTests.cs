using OmniAlpha.Host.Serving;
using OmniAlpha.Host.Tests.Support;

namespace OmniAlpha.Host.Tests.Serving;

/// <summary>Every configuration error names its key, so a bad file is fixed in one pass.</summary>
public sealed class ServeOptionsValidatorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private ServeOptionsValidator Validator => new(new ServeLocations(null, _folder.Path));

    private static ServeOptions Valid() => new() { Strategies = ServeDefaults.Strategies() };

    [Fact]
    public void The_demo_defaults_are_valid()
    {
        var result = Validator.Validate(null, Valid());
        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void A_strategy_without_symbols_names_its_index_and_key()
    {
        var options = Valid();
        options.Strategies[0].Symbols = [];
        var result = Validator.Validate(null, options);
        Assert.Contains("Serve:Strategies:0:Symbols: at least one symbol", result.Failures!);
    }

    [Fact]
    public void Every_failure_is_reported_at_once_with_its_key()
    {
        var options = Valid();
        options.Speed = -1;
        options.Commission = "bogus";
        options.Data.OnBadRow = "ignore";
        options.Strategies[1].Id = options.Strategies[0].Id;
        options.Strategies[1].StartingCash = 0m;
        options.Strategies[0].Script = "Missing.cs";
        var failures = Validator.Validate(null, options).Failures!.ToList();
        Assert.Contains(failures, f => f.StartsWith("Serve:Speed: ", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Serve:Commission: ", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Serve:Data:OnBadRow: 'ignore'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f == "Serve:Strategies:1:Id: 'sma-cross' is used twice");
        Assert.Contains(failures, f => f.StartsWith("Serve:Strategies:1:StartingCash: must be positive", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Serve:Strategies:0:Script: script file not found: ", StringComparison.Ordinal)
            && f.Contains(Path.Combine(_folder.Path, "Missing.cs"), StringComparison.Ordinal));
        Assert.Equal(6, failures.Count);
    }

    [Theory]
    [InlineData(null, "Serve:Strategies:0:Id: required")]
    [InlineData("has space", "Serve:Strategies:0:Id: 'has space' must be")]
    [InlineData("-leading", "Serve:Strategies:0:Id: '-leading' must be")]
    public void Strategy_ids_are_checked(string? id, string expected)
    {
        var options = Valid();
        options.Strategies[0].Id = id;
        Assert.Contains(Validator.Validate(null, options).Failures!, f => f.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Scripts_resolve_relative_to_the_configuration_folder_and_samples_by_name()
    {
        _folder.Write("Mine.js", "function onBar(bar) {}");
        var options = Valid();
        options.Strategies[0].Script = "Mine.js";
        options.Strategies[1].Script = "RsiReversion.js";
        Assert.True(Validator.Validate(null, options).Succeeded);

        options.Strategies[1].Script = "notes.txt";
        Assert.Contains("Serve:Strategies:1:Script: 'notes.txt' is not a .cs or .js script", Validator.Validate(null, options).Failures!);
    }

    [Fact]
    public void Data_paths_must_exist_and_from_must_not_be_after_to()
    {
        var options = Valid();
        options.Data.Path = "prices";
        options.Data.From = new DateTime(2020, 2, 1, 0, 0, 0, DateTimeKind.Utc);
        options.Data.To = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var failures = Validator.Validate(null, options).Failures!.ToList();
        Assert.Contains(failures, f => f == $"Serve:Data:Path: not found: {Path.Combine(_folder.Path, "prices")}");
        Assert.Contains(failures, f => f.StartsWith("Serve:Data:From: 2020-02-01", StringComparison.Ordinal));
    }
}
