using Microsoft.Playwright;

namespace OmniAlpha.Dashboard.Tests.Support;

/// <summary>
/// One host and one headless Chromium per test class or collection (each test opens its own browser context, so session storage
/// and state in the page never leak between tests).
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private DashboardHost? _host;

    /// <summary>The running host (skips the calling test, or fails it on CI, without Chromium: no host is started then).</summary>
    public DashboardHost Host
    {
        get
        {
            BrowserRequirement.Require();
            return _host ?? throw new InvalidOperationException("the host did not start");
        }
    }

    /// <summary>The browser (call <see cref="BrowserRequirement.Require"/> first: it is null without Chromium).</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium is not available");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (!BrowserRequirement.IsAvailable)
            return; // each test skips (or fails on CI) with the reason; no host is needed
        _host = await DashboardHost.StartAsync();
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
        var host = Host;
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString() });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        return new DashboardPage(context, page, host);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_host is not null) await _host.DisposeAsync();
    }
}
