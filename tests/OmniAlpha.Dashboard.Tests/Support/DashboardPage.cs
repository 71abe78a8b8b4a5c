using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace OmniAlpha.Dashboard.Tests.Support;

/// <summary>A dashboard tab: the Playwright page plus what it logged and requested, and the common steps.</summary>
public sealed class DashboardPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly ConcurrentQueue<string> _consoleErrors = new();
    private readonly ConcurrentQueue<string> _requests = new();

    internal DashboardPage(IBrowserContext context, IPage page, DashboardHost host)
    {
        _context = context;
        Page = page;
        Host = host;
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
                _consoleErrors.Enqueue($"{message.Type}: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => _consoleErrors.Enqueue($"page error: {error}");
        page.Request += (_, request) => _requests.Enqueue(request.Url);
    }

    /// <summary>The Playwright page.</summary>
    public IPage Page { get; }

    /// <summary>The host it talks to.</summary>
    public DashboardHost Host { get; }

    /// <summary>Console errors and warnings and uncaught exceptions so far.</summary>
    public IReadOnlyList<string> ConsoleErrors => _consoleErrors.ToList();

    /// <summary>Every URL the page requested so far.</summary>
    public IReadOnlyList<string> Requests => _requests.ToList();

    /// <summary>The element with <c>data-testid</c> <paramref name="testId"/>.</summary>
    public ILocator ById(string testId) => Page.GetByTestId(testId);

    /// <summary>The strategies table's row of <paramref name="strategyId"/>.</summary>
    public ILocator Row(string strategyId) => Page.Locator($"tr[data-strategy-id='{strategyId}']");

    /// <summary>Opens the page and signs in with <paramref name="key"/> (the host's key when null); waits for the strategies.</summary>
    public async Task SignInAsync(string? key = null)
    {
        await Page.GotoAsync("/");
        await ById("key-input").FillAsync(key ?? Host.ApiKey);
        await ById("key-submit").ClickAsync();
        try
        {
            await Assertions.Expect(ById("dashboard")).ToBeVisibleAsync();
            await Assertions.Expect(Page.GetByTestId("strategy-row").First).ToBeVisibleAsync();
        }
        catch (PlaywrightException e)
        {
            // What the page said is usually the reason.
            throw new InvalidOperationException($"signing in failed; the page logged: {string.Join(" | ", ConsoleErrors)}", e);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
