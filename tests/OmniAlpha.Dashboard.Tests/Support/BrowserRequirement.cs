namespace OmniAlpha.Dashboard.Tests.Support;

/// <summary>
/// The browser tests drive the system Chromium. Without it they skip with a reason on a developer machine, and fail
/// when the <c>CI</c> environment variable is set (CI installs it: see .ci/run).
/// </summary>
internal static class BrowserRequirement
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static bool IsAvailable => File.Exists(ChromiumPath);

    /// <summary>Skips (or, on CI, fails) the calling test when Chromium is absent.</summary>
    public static void Require()
    {
        if (IsAvailable) return;
        string reason = $"Chromium not found at {ChromiumPath} (apt-get install chromium)";
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            throw new InvalidOperationException(reason + "; CI is set, so this is a failure, not a skip");
        Skip.If(true, reason);
    }
}
