using Microsoft.Playwright;

namespace OmniAlpha.Dashboard.Tests.Support;

/// <summary>
/// One host and one headless Chromium per test class (each test opens its own browser context, so session storage
/// and state in the page never leak between tests).
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private DashboardHost? _host;

    /// <summary>The running host.</summary>
    public DashboardHost Host => _host ?? throw new InvalidOperationException("the host did not start");

    /// <summary>The browser (call <see cref="BrowserRequirement.Require"/> first: it is null without Chromium).</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium is not available");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _host = await DashboardHost.StartAsync();
        if (!BrowserRequirement.IsAvailable)
            return; // each test skips (or fails on CI) with the reason
        // Generous waits: CI runs every test assembly at once on two cores. Passing tests do not wait for them.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserRequirement.ChromiumPath,
            Headless = true,
        });
    }

    /// <summary>A fresh page (new context) that records console errors and every request it makes.</summary>
    public async Task<DashboardPage> OpenAsync()
    {
        BrowserRequirement.Require();
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Host.BaseAddress.ToString() });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        return new DashboardPage(context, page, Host);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_host is not null) await _host.DisposeAsync();
    }
}
