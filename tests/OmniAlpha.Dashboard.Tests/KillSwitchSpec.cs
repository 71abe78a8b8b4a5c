using OmniAlpha.Dashboard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OmniAlpha.Dashboard.Tests;

/// <summary>The kill-all button: confirmed in the page, optionally flattening, halting every strategy and the host.</summary>
public sealed class KillSwitchSpec(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    [SkippableFact]
    public async Task Kill_all_with_flatten_cancels_orders_closes_positions_and_halts_everything()
    {
        using var api = new HostApi(fixture.Host);
        Assert.NotEmpty((await api.GetAsync("api/positions")).EnumerateArray()); // something to flatten (the host holds one)
        await using var tab = await fixture.OpenAsync();
        await tab.SignInAsync();
        await Expect(tab.ById("position-row").First).ToBeVisibleAsync();
        await Expect(tab.ById("host-trading-state")).ToHaveTextAsync("Active");

        await tab.ById("kill-all").ClickAsync();
        await Expect(tab.ById("confirm-dialog")).ToBeVisibleAsync();
        await Expect(tab.ById("confirm-flatten")).Not.ToBeCheckedAsync(); // flattening is a deliberate choice
        await tab.ById("confirm-flatten").CheckAsync();
        await tab.ById("confirm-ok").ClickAsync();

        await Expect(tab.ById("host-trading-state")).ToHaveTextAsync("Halted", new() { Timeout = 30_000 });
        await Expect(tab.ById("position-row")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await Expect(tab.ById("order-row")).ToHaveCountAsync(0);
        var states = tab.Page.GetByTestId("strategy-trading-state");
        foreach (var state in await states.AllAsync())
            await Expect(state).ToHaveTextAsync("Halted");

        // The API agrees.
        Assert.Empty((await api.GetAsync("api/positions")).EnumerateArray());
        Assert.Empty((await api.GetAsync("api/orders?status=open")).EnumerateArray());
        Assert.All((await api.GetAsync("api/strategies")).EnumerateArray(),
            s => Assert.Equal("Halted", s.GetProperty("tradingState").GetString()));
        Assert.Empty(tab.ConsoleErrors);
    }

    [SkippableFact]
    public async Task The_host_trading_state_is_set_from_the_header_and_halting_asks_first()
    {
        await using var tab = await fixture.OpenAsync();
        await tab.SignInAsync();

        await tab.ById("host-state-select").SelectOptionAsync("REDUCING");
        await tab.ById("host-state-apply").ClickAsync();
        await Expect(tab.ById("host-trading-state")).ToHaveTextAsync("Reducing");

        await tab.ById("host-state-select").SelectOptionAsync("HALTED");
        await tab.ById("host-state-apply").ClickAsync();
        await Expect(tab.ById("confirm-title")).ToHaveTextAsync("Halt trading?");
        await tab.ById("confirm-cancel").ClickAsync();
        await Task.Delay(500); // a command would have been applied by now
        await Expect(tab.ById("host-trading-state")).ToHaveTextAsync("Reducing");

        await tab.ById("host-state-apply").ClickAsync();
        await tab.ById("confirm-ok").ClickAsync();
        await Expect(tab.ById("host-trading-state")).ToHaveTextAsync("Halted");

        // Back to normal, so the order of the tests in this class does not matter.
        await tab.ById("host-state-select").SelectOptionAsync("ACTIVE");
        await tab.ById("host-state-apply").ClickAsync();
        await Expect(tab.ById("host-trading-state")).ToHaveTextAsync("Active");
    }
}
