using OmniAlpha.Dashboard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OmniAlpha.Dashboard.Tests;

/// <summary>Steering a strategy from the dashboard: destructive actions are confirmed in the page, and the API agrees.</summary>
[Collection(DashboardCollection.Name)]
public sealed class StrategyCommandsSpec(DashboardFixture fixture)
{
    private const string Strategy = "sma-spy";

    [SkippableFact]
    public async Task Stop_asks_for_confirmation_then_the_strategy_shows_Stopped_and_the_api_agrees_and_Start_runs_it_again()
    {
        using var api = new HostApi(fixture.Host);
        await using var tab = await fixture.OpenAsync();
        await tab.SignInAsync();
        var row = tab.Row(Strategy);
        await Expect(row.GetByTestId("strategy-status")).ToHaveTextAsync("Running");

        // Cancel: nothing happens.
        await row.GetByTestId("action-stop").ClickAsync();
        await Expect(tab.ById("confirm-dialog")).ToBeVisibleAsync();
        await Expect(tab.ById("confirm-title")).ToHaveTextAsync($"Stop {Strategy}?");
        await tab.ById("confirm-cancel").ClickAsync();
        await Expect(tab.ById("confirm-dialog")).ToBeHiddenAsync();
        await Task.Delay(500); // a command would have been applied by now
        Assert.Equal("Running", (await api.StrategyAsync(Strategy)).GetProperty("status").GetString());
        await Expect(row.GetByTestId("strategy-status")).ToHaveTextAsync("Running");

        // Confirm: stopped, in the page and in the API; its open orders are gone.
        await row.GetByTestId("action-stop").ClickAsync();
        await tab.ById("confirm-ok").ClickAsync();
        await Expect(row.GetByTestId("strategy-status")).ToHaveTextAsync("Stopped");
        Assert.Equal("Stopped", (await api.StrategyAsync(Strategy)).GetProperty("status").GetString());
        Assert.Empty((await api.StrategyAsync(Strategy)).GetProperty("openOrders").EnumerateArray());
        await Expect(row.GetByTestId("action-stop")).ToBeDisabledAsync();
        await Expect(row.GetByTestId("action-start")).ToBeEnabledAsync();

        // Start needs no confirmation.
        await row.GetByTestId("action-start").ClickAsync();
        await Expect(row.GetByTestId("strategy-status")).ToHaveTextAsync("Running");
        Assert.Equal("Running", (await api.StrategyAsync(Strategy)).GetProperty("status").GetString());
        Assert.Empty(tab.ConsoleErrors);
    }

    [SkippableFact]
    public async Task Pause_and_Resume_apply_at_once()
    {
        using var api = new HostApi(fixture.Host);
        await using var tab = await fixture.OpenAsync();
        await tab.SignInAsync();
        var row = tab.Row("mom-qqq");
        await Expect(row.GetByTestId("strategy-status")).ToHaveTextAsync("Running");

        await row.GetByTestId("action-pause").ClickAsync();
        await Expect(row.GetByTestId("strategy-status")).ToHaveTextAsync("Paused");
        Assert.Equal("Paused", (await api.StrategyAsync("mom-qqq")).GetProperty("status").GetString());

        await row.GetByTestId("action-resume").ClickAsync();
        await Expect(row.GetByTestId("strategy-status")).ToHaveTextAsync("Running");
        Assert.Equal("Running", (await api.StrategyAsync("mom-qqq")).GetProperty("status").GetString());
    }

    [SkippableFact]
    public async Task A_refused_command_shows_the_problems_title_and_detail()
    {
        using var api = new HostApi(fixture.Host);
        var (_, viewerKey) = await api.CreateKeyAsync("read-only", "viewer");
        await using var tab = await fixture.OpenAsync();
        await tab.SignInAsync(viewerKey);
        var row = tab.Row("mom-qqq");

        await row.GetByTestId("action-pause").ClickAsync();
        await Expect(tab.ById("error-banner")).ToBeVisibleAsync();
        await Expect(tab.ById("error-text")).ToHaveTextAsync("Forbidden: The API key's role (viewer) may not do this.");
        Assert.Equal("Running", (await api.StrategyAsync("mom-qqq")).GetProperty("status").GetString());

        await tab.ById("error-dismiss").ClickAsync();
        await Expect(tab.ById("error-banner")).ToBeHiddenAsync();
    }
}
