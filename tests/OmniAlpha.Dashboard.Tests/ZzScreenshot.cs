using OmniAlpha.Dashboard.Tests.Support;
namespace OmniAlpha.Dashboard.Tests;
public sealed class ZzScreenshot(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    [SkippableFact]
    public async Task Shot()
    {
        await using var tab = await fixture.OpenAsync();
        await tab.Page.SetViewportSizeAsync(1400, 1100);
        await tab.SignInAsync();
        await Task.Delay(3000);
        await tab.Page.ScreenshotAsync(new() { Path = "/tmp/dash.png", FullPage = true });
        await tab.Row("sma-spy").GetByTestId("action-kill").ClickAsync();
        await tab.Page.ScreenshotAsync(new() { Path = "/tmp/dash-dialog.png" });
    }
}
