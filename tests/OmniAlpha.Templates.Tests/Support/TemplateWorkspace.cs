using System.Reflection;
using OmniAlpha.Sdk;
using OmniAlpha.Tests.Shared;

namespace OmniAlpha.Templates.Tests.Support;

/// <summary>
/// Everything the template specifications look at, made once per test run in a temporary folder, as a user would:
/// <list type="number">
/// <item>a package feed: <c>dotnet pack</c> of OmniAlpha.Sdk and OmniAlpha.Indicators (from this run's build) and of
/// templates/;</item>
/// <item><c>dotnet new install</c> of the template package into a private template hive (the user's templates are
/// untouched);</item>
/// <item>one project of each template (the plugin template once per kind), each pointed at the feed by its
/// <c>--feed</c> option;</item>
/// <item>one <c>dotnet test</c> over all generated test projects (one build of them all: much faster on two cores
/// than one build per project).</item>
/// </list>
/// The packages get a version unique to this run (the SDK version plus a pre-release suffix), so NuGet's global
/// package cache can never hand back a package from an earlier run; those cache folders are deleted at the end.
/// </summary>
public sealed class TemplateWorkspace : IDisposable
{
    private static readonly TimeSpan Quick = TimeSpan.FromMinutes(2);

    /// <summary>Plugin kinds of the plugin template, and the project name generated for each.</summary>
    public static IReadOnlyDictionary<string, string> PluginProjects { get; } = new Dictionary<string, string>
    {
        ["broker"] = "AcmeBroker",
        ["data"] = "AcmeData",
        ["risk"] = "AcmeRisk",
        ["analytics"] = "AcmeAnalytics",
    };

    /// <summary>Name given to the generated strategy.</summary>
    public const string StrategyName = "TrendFollower";

    /// <summary>Symbol given to the strategy template (not its default, to see the option work).</summary>
    public const string StrategySymbol = "BRVO";

    /// <summary>Creates the workspace (packs, installs, generates, builds and tests; a few minutes on two cores).</summary>
    public TemplateWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "omnialpha-templates-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        Hive = Path.Combine(Root, "hive");
        Generated = Directory.CreateDirectory(Path.Combine(Root, "generated")).FullName;
        PackageVersion = $"{SdkInfo.Version}-templatetest.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        try
        {
            WriteLauncher();
            PackSdkAndTemplates();
            ChildProcess.Dotnet(Root, Quick, "new", "install", TemplatePackage, "--debug:custom-hive", Hive).ShouldSucceed();
            Instantiate();
            TestRun = ChildProcess.Dotnet(Generated, TimeSpan.FromMinutes(8), "test", "generated.sln");
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The temporary folder holding everything below.</summary>
    public string Root { get; }

    /// <summary>The local package feed (OmniAlpha.Sdk, OmniAlpha.Indicators, OmniAlpha.Templates).</summary>
    public string Feed { get; }

    /// <summary>The private template hive (<c>--debug:custom-hive</c>).</summary>
    public string Hive { get; }

    /// <summary>The folder the templates were instantiated into.</summary>
    public string Generated { get; }

    /// <summary>Version of the OmniAlpha packages in <see cref="Feed"/>.</summary>
    public string PackageVersion { get; }

    /// <summary>The template package file.</summary>
    public string TemplatePackage => Path.Combine(Feed, $"OmniAlpha.Templates.{TemplatePackageVersion}.nupkg");

    /// <summary>The <c>dotnet test</c> of every generated test project.</summary>
    public CommandResult TestRun { get; }

    /// <summary>The generated strategy's folder.</summary>
    public string StrategyFolder => Path.Combine(Generated, StrategyName);

    /// <summary>
    /// Where the host template's <c>--install-dir</c> points: an <c>omnialpha</c> launcher that runs this run's
    /// omnialpha.dll, standing in for a <c>dotnet publish</c> of the host.
    /// </summary>
    public string InstallFolder => Path.Combine(Root, "install");

    /// <summary>The generated host folder.</summary>
    public string HostFolder => Path.Combine(Generated, "DeskHost");

    /// <summary>The generated plugin folder of <paramref name="kind"/>.</summary>
    public string PluginFolder(string kind) => Path.Combine(Generated, PluginProjects[kind]);

    /// <summary>The plugin id the template derives from the project name of <paramref name="kind"/> (lower case).</summary>
    public static string PluginId(string kind) => PluginProjects[kind].ToLowerInvariant();

    /// <summary>The build output folder of the generated plugin of <paramref name="kind"/> (built by <see cref="TestRun"/>).</summary>
    public string PluginBuildOutput(string kind) =>
        Path.Combine(PluginFolder(kind), PluginProjects[kind], "bin", "Debug", "net10.0");

    /// <summary>Runs <c>dotnet new ARGS</c> against the private hive.</summary>
    public CommandResult New(params string[] args) =>
        ChildProcess.Dotnet(Generated, Quick, ["new", .. args, "--debug:custom-hive", Hive]);

    private static string TemplatePackageVersion =>
        typeof(TemplateWorkspace).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryVersion").Value!;

    private static string Configuration =>
        typeof(TemplateWorkspace).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;

    private void WriteLauncher()
    {
        Directory.CreateDirectory(InstallFolder);
        string launcher = Path.Combine(InstallFolder, "omnialpha");
        File.WriteAllText(launcher, $"#!/bin/sh\nexec '{ChildProcess.DotnetExecutable}' '{ChildProcess.OmniAlphaEntryAssembly}' \"$@\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(launcher, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                                       | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
    }

    private void PackSdkAndTemplates()
    {
        string repository = SharedData.RepositoryRoot;
        // The SDK and indicators were built for this test run (project reference through the host): pack that build.
        foreach (string project in new[] { "sdk/OmniAlpha.Sdk/OmniAlpha.Sdk.csproj", "sdk/OmniAlpha.Indicators/OmniAlpha.Indicators.csproj" })
        {
            ChildProcess.Dotnet(repository, Quick, "pack", project, "--no-build", "-c", Configuration, "-o", Feed,
                $"-p:Version={PackageVersion}").ShouldSucceed();
        }
        ChildProcess.Dotnet(repository, Quick, "pack", "templates/OmniAlpha.Templates.csproj", "-c", Configuration, "-o", Feed).ShouldSucceed();
    }

    private void Instantiate()
    {
        var projects = new List<string>();
        New("omnialpha-strategy", "-n", StrategyName, "--symbol", StrategySymbol, "--sdk-version", PackageVersion, "--feed", Feed, "--no-update-check")
            .ShouldSucceed();
        projects.Add(Path.Combine(StrategyName, $"{StrategyName}.Tests", $"{StrategyName}.Tests.csproj"));
        foreach (var (kind, name) in PluginProjects)
        {
            New("omnialpha-plugin", "-n", name, "--kind", kind, "--sdk-version", PackageVersion, "--feed", Feed, "--no-update-check").ShouldSucceed();
            projects.Add(Path.Combine(name, name, $"{name}.csproj"));
            projects.Add(Path.Combine(name, $"{name}.Tests", $"{name}.Tests.csproj"));
        }
        New("omnialpha-host", "-n", "DeskHost", "--install-dir", InstallFolder, "--deploy-dir", HostFolder, "--no-update-check").ShouldSucceed();
        ChildProcess.Dotnet(Generated, Quick, "new", "sln", "-n", "generated", "--format", "sln").ShouldSucceed();
        ChildProcess.Dotnet(Generated, Quick, ["sln", "generated.sln", "add", .. projects]).ShouldSucceed();
    }

    /// <summary>Deletes the temporary folder and this run's packages from NuGet's global package cache.</summary>
    public void Dispose()
    {
        string cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (string id in new[] { "omnialpha.sdk", "omnialpha.indicators" })
            DeleteQuietly(Path.Combine(cache, id, PackageVersion.ToLowerInvariant()));
        DeleteQuietly(Root);
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the test result must not depend on it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
