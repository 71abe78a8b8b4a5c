using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OmniAlpha.Dashboard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OmniAlpha.Dashboard.Tests;

/// <summary>
/// The dashboard as a person uses it, in headless Chromium against the running host: signing in, what it shows, and
/// that it stays live. These tests only read (the command specs sharing the host leave the strategies as they were).
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardPageSpec(DashboardFixture fixture)
{
    [SkippableFact]
    public async Task The_page_loads_without_console_errors_and_requests_nothing_beyond_the_host()
    {
        await using var tab = await fixture.OpenAsync();
        await tab.SignInAsync();
        await Expect(tab.Page.Locator("[data-testid='equity-series']").First).ToBeAttachedAsync();
        await Expect(tab.ById("log-line").First).ToBeVisibleAsync();

        Assert.Empty(tab.ConsoleErrors);
        Assert.NotEmpty(tab.Requests);
        Assert.All(tab.Requests, url => Assert.Equal("127.0.0.1", new Uri(url).Host));
        // Every asset is the host's own: the stylesheet and the scripts really loaded under the CSP.
        Assert.Contains(tab.Requests, url => url.EndsWith("/css/dashboard.css", StringComparison.Ordinal));
        Assert.Contains(tab.Requests, url => url.EndsWith("/js/app.js", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task A_wrong_key_is_refused_at_the_prompt_and_the_right_one_is_kept_for_the_tab()
    {
        await using var tab = await fixture.OpenAsync();
        await tab.Page.GotoAsync("/");
        await Expect(tab.ById("key-prompt")).ToBeVisibleAsync();
        await Expect(tab.ById("dashboard")).ToBeHiddenAsync();

        await tab.ById("key-input").FillAsync("oa_not-a-real-key");
        await tab.ById("key-submit").ClickAsync();
        await Expect(tab.ById("key-error")).ToContainTextAsync("Unauthorized: The API key is not valid or was revoked.");
        await Expect(tab.ById("dashboard")).ToBeHiddenAsync();

        await tab.ById("key-input").FillAsync(tab.Host.ApiKey);
        await tab.ById("key-submit").ClickAsync();
        await Expect(tab.ById("dashboard")).ToBeVisibleAsync();
        await Expect(tab.ById("connection-status")).ToHaveTextAsync("live");

        // A reload keeps the key (session storage): no prompt.
        await tab.Page.ReloadAsync();
        await Expect(tab.ById("dashboard")).ToBeVisibleAsync();
        await Expect(tab.ById("key-prompt")).ToBeHiddenAsync();
    }

    [SkippableFact]
    public async Task A_revoked_key_sends_the_user_back_to_the_prompt()
    {
        using var api = new HostApi(fixture.Host);
        var (id, key) = await api.CreateKeyAsync("short-lived", "viewer");
        await using var tab = await fixture.OpenAsync();
        await tab.SignInAsync(key);

        await api.RevokeKeyAsync(id);
        // The page's next call (the equity chart every 2 s, the log tail every 5 s) answers 401.
        await Expect(tab.ById("key-prompt")).ToBeVisibleAsync();
        await Expect(tab.ById("key-error")).ToContainTextAsync("not valid or was revoked");
        Assert.Null(await tab.Page.EvaluateAsync<string?>("() => sessionStorage.getItem('omnialpha.apiKey')"));
    }

    [SkippableFact]
    public async Task Strategies_show_status_trading_state_and_pnl_as_the_api_reports_them()
    {
        using var api = new HostApi(fixture.Host);
        await using var tab = await fixture.OpenAsync();
        await tab.SignInAsync();

        var strategies = (await api.GetAsync("api/strategies")).EnumerateArray().ToList();
        await Expect(tab.ById("strategy-row")).ToHaveCountAsync(strategies.Count);
        foreach (var s in strategies)
        {
            var row = tab.Row(s.GetProperty("id").GetString()!);
            await Expect(row.GetByTestId("strategy-name")).ToHaveTextAsync(s.GetProperty("name").GetString()!);
            await Expect(row.GetByTestId("strategy-status")).ToHaveTextAsync(s.GetProperty("status").GetString()!);
            await Expect(row.GetByTestId("strategy-trading-state")).ToHaveTextAsync(s.GetProperty("tradingState").GetString()!);
            await Expect(row.GetByTestId("strategy-script-version")).ToHaveTextAsync($"v{s.GetProperty("scriptVersion").GetInt32()}");
            foreach (var cell in new[] { "strategy-realized", "strategy-unrealized" })
            {
                // Signed, two decimals, grouped; the colour follows the sign.
                string text = await row.GetByTestId(cell).InnerTextAsync();
                Assert.Matches(@"^([+-]\d{1,3}(,\d{3})*\.\d{2}|0\.00)$", text);
                string expectedClass = text.StartsWith('+') ? "pnl-pos" : text.StartsWith('-') ? "pnl-neg" : "pnl-zero";
                await Expect(row.GetByTestId(cell)).ToHaveClassAsync(new Regex($"\\b{expectedClass}\\b"));
            }
        }

        // A strategy that holds nothing and has nothing working keeps its numbers (the host deploys one that never
        // trades, last of the flat ones): the page shows the API's exact values, rounded to cents for display.
        var flat = strategies.Last(s => s.GetProperty("openPositions").GetInt32() == 0 && s.GetProperty("openOrders").GetInt32() == 0);
        var flatRow = tab.Row(flat.GetProperty("id").GetString()!);
        await Expect(flatRow.GetByTestId("strategy-equity")).ToHaveTextAsync(Money(flat.GetProperty("equity").GetRawText()));
        await Expect(flatRow.GetByTestId("strategy-realized")).ToHaveTextAsync(Signed(flat.GetProperty("realizedPnl").GetRawText()));
    }

    [SkippableFact]
    public async Task Money_is_rounded_from_the_exact_decimal_text_the_api_sends()
    {
        await using var tab = await fixture.OpenAsync();
        await tab.Page.GotoAsync("/");
        // Through the page's own modules: a float would print 1.00 for 1.005 and lose the cents of large balances.
        var shown = await tab.Page.EvaluateAsync<string[]>(@"async () => {
            const { money, pnl } = await import('/js/format.js');
            const { parseApiJson } = await import('/js/json.js');
            const parsed = parseApiJson('{""equity"": 12345678901234567.89, ""realizedPnl"": -0.005, ""cash"": 1.005}');
            return [money(parsed.equity), pnl(parsed.realizedPnl), money(parsed.cash), pnl('0.004'), money('999.995'), parsed.equity];
        }");
        Assert.Equal(["12,345,678,901,234,567.89", "-0.01", "1.01", "0.00", "1,000.00", "12345678901234567.89"], shown);
    }

    [SkippableFact]
    public async Task The_event_stream_reader_reassembles_events_split_across_chunks()
    {
        await using var tab = await fixture.OpenAsync();
        await tab.Page.GotoAsync("/");
        // Network chunks end anywhere: inside a field, between CR and LF, inside a multi-byte character.
        var events = await tab.Page.EvaluateAsync<string[]>(@"async () => {
            const { readEventStream } = await import('/js/sse.js');
            const bytes = new TextEncoder().encode(': heartbeat\n\nevent: snapshot\r\nid: 7\r\ndata: {""a"":\r\ndata: ""€""}\r\n\r\nevent: snapshot\ndata: 2\n\n');
            const cuts = [3, 17, 30, 31, 44, 49, 58, bytes.length]; // 49: after a CR, 58: inside €
            let from = 0;
            const body = new ReadableStream({ pull(controller) {
                const to = cuts.shift();
                if (to === undefined) { controller.close(); return; }
                controller.enqueue(bytes.slice(from, to)); from = to;
            } });
            const seen = [];
            let activity = 0;
            await readEventStream(body, (e) => seen.push(`${e.event}|${e.id}|${e.data}`), () => { activity += 1; });
            return [...seen, String(activity > 0)];
        }");
        Assert.Equal(["snapshot|7|{\"a\":\n\"€\"}", "snapshot|null|2", "True".ToLowerInvariant()], events);
    }

    [SkippableFact]
    public async Task Live_pnl_and_equity_change_without_a_reload()
    {
        using var api = new HostApi(fixture.Host);
        await using var tab = await fixture.OpenAsync();
        await tab.SignInAsync();
        await Expect(tab.ById("connection-status")).ToHaveTextAsync("live");
        await tab.Page.EvaluateAsync("() => { window.__sameDocument = true; }");

        // A strategy holding a position: its mark (and so its P&L and equity) moves with every bar.
        var holder = (await api.GetAsync("api/strategies")).EnumerateArray().First(s => s.GetProperty("openPositions").GetInt32() > 0);
        var moving = tab.Row(holder.GetProperty("id").GetString()!);
        string unrealized = await moving.GetByTestId("strategy-unrealized").InnerTextAsync();
        string equity = await moving.GetByTestId("strategy-equity").InnerTextAsync();
        string version = await tab.ById("snapshot-version").InnerTextAsync();

        await Expect(moving.GetByTestId("strategy-unrealized")).Not.ToHaveTextAsync(unrealized);
        await Expect(moving.GetByTestId("strategy-equity")).Not.ToHaveTextAsync(equity);
        await Expect(tab.ById("snapshot-version")).Not.ToHaveTextAsync(version);
        Assert.True(await tab.Page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page was reloaded");
        await Expect(tab.ById("data-time")).ToHaveTextAsync(new Regex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$"));
        await Expect(tab.ById("engine-lag")).Not.ToHaveTextAsync("–");
    }

    [SkippableFact]
    public async Task The_equity_chart_draws_each_strategys_curve_and_follows_the_selection()
    {
        using var api = new HostApi(fixture.Host);
        await using var tab = await fixture.OpenAsync();
        await tab.SignInAsync();
        var ids = (await api.GetAsync("api/strategies")).EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();

        var series = tab.Page.Locator("[data-testid='equity-series']");
        await Expect(series).ToHaveCountAsync(ids.Count);
        var first = tab.Page.Locator($"polyline[data-testid='equity-series'][data-strategy='{ids[0]}']");
        await Expect(first).ToHaveAttributeAsync("data-points", new Regex(@"^([2-9]|\d{2,})$"));
        string points = (await first.GetAttributeAsync("points"))!;
        Assert.Equal(int.Parse(await first.GetAttributeAsync("data-points") ?? "0", CultureInfo.InvariantCulture),
            points.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);

        await tab.Row(ids[0]).GetByTestId("strategy-name").ClickAsync();
        await Expect(tab.ById("equity-scope")).ToHaveTextAsync($"({ids[0]})");
        await Expect(series).ToHaveCountAsync(1);
        await Expect(series).ToHaveAttributeAsync("data-strategy", ids[0]);
        await Expect(tab.ById("equity-max")).ToHaveTextAsync(new Regex(@"^\d{1,3}(,\d{3})*\.\d{2}$"));

        await tab.ById("show-all").ClickAsync();
        await Expect(series).ToHaveCountAsync(ids.Count);
    }

    [SkippableFact]
    public async Task When_the_stream_breaks_it_polls_and_when_the_server_is_gone_it_says_the_state_is_stale()
    {
        await using var tab = await fixture.OpenAsync();
        // The event stream cannot be opened: the page falls back to polling and still gets new data.
        await tab.Page.RouteAsync("**/api/events", route => route.AbortAsync());
        await tab.SignInAsync();
        await Expect(tab.ById("connection-status")).ToHaveTextAsync("polling");
        string version = await tab.ById("snapshot-version").InnerTextAsync();
        await Expect(tab.ById("snapshot-version")).Not.ToHaveTextAsync(version);
        await Expect(tab.ById("stale-banner")).ToBeHiddenAsync();

        // Now nothing answers: after a few seconds without an update the page says so.
        await tab.Page.RouteAsync("**/api/**", route => route.AbortAsync());
        await tab.Page.RouteAsync("**/health", route => route.AbortAsync());
        await Expect(tab.ById("stale-banner")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(tab.ById("stale-banner")).ToContainTextAsync("STALE");
        await Expect(tab.ById("connection-status")).ToHaveTextAsync("stale");
    }

    /// <summary>How money is shown: the exact decimal rounded half away from zero to cents, thousands grouped.</summary>
    private static string Money(string raw) =>
        decimal.Parse(raw, NumberStyles.Number, CultureInfo.InvariantCulture).ToString("N2", CultureInfo.InvariantCulture);

    /// <summary>How P&amp;L is shown: <see cref="Money"/> with a plus sign when positive.</summary>
    private static string Signed(string raw)
    {
        decimal value = Math.Round(decimal.Parse(raw, NumberStyles.Number, CultureInfo.InvariantCulture), 2, MidpointRounding.AwayFromZero);
        return value > 0m ? "+" + Money(raw) : value == 0m ? "0.00" : Money(raw);
    }
}
