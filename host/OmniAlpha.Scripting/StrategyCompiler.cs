using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using OmniAlpha.Scripting.Budgets;
using OmniAlpha.Scripting.Caching;
using OmniAlpha.Scripting.Persistence;
using OmniAlpha.Scripting.Sandbox;

namespace OmniAlpha.Scripting;

/// <summary>
/// Compiles a strategy script (one C# file defining one <c>Strategy</c> subclass) with Roslyn into an in-memory,
/// optimized assembly, loads it into a collectible context and finds its strategy class.
/// </summary>
/// <remarks>
/// The pipeline is parse, compile against <see cref="ScriptReferences"/>, validate with <see cref="ScriptSandbox"/>
/// (unless <see cref="StrategyCompilerOptions.Sandboxed"/> is off), inject the budget checks of <see cref="BudgetInjector"/>
/// into sandboxed scripts (lines and columns of user code do not move), emit, check the <c>[Persist]</c> fields (<see cref="PersistFieldCheck"/>), then load and discover through
/// <see cref="StrategyLoader"/>. Sandbox violations are reported like compiler errors, in source order. Scripts are compiled in Release so they run as fast as precompiled strategies;
/// the portable PDB and the source are embedded, so exceptions thrown by a script report <c>file:line</c>.
/// With <see cref="StrategyCompilerOptions.Cache"/> set, an unchanged script loads its cached image instead (see <see cref="StrategyCompileCache"/>).
/// Instances are stateless and thread-safe.
/// </remarks>
/// <param name="options">How scripts are treated; <see cref="StrategyCompilerOptions.Default"/> (sandboxed) when null.</param>
public sealed class StrategyCompiler(StrategyCompilerOptions? options = null)
{
    /// <summary>Parse options of scripts: latest C#, regular (not script) source.</summary>
    public static CSharpParseOptions ParseOptions { get; } =
        new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Regular);

    /// <summary>Compilation options of scripts: optimized, deterministic, nullable-aware class library.</summary>
    public static CSharpCompilationOptions CompilationOptions { get; } =
        new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                deterministic: true,
                nullableContextOptions: NullableContextOptions.Enable,
                allowUnsafe: false,
                checkOverflow: false)
            // Assembly version unification notes the .NET SDK also silences by default.
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            });

    private static readonly EmitOptions EmitOptions = new(debugInformationFormat: DebugInformationFormat.Embedded);

    /// <summary>How this compiler treats scripts.</summary>
    public StrategyCompilerOptions Options { get; } = options ?? StrategyCompilerOptions.Default;

    /// <summary>Compiles the script at <paramref name="path"/>; diagnostics name the path as given.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="StrategyCompilationException">The script has errors or no single usable strategy.</exception>
    public CompiledStrategy Compile(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Compile(path, File.ReadAllText(path), cancellationToken);
    }

    /// <summary>Compiles <paramref name="sourceText"/>, naming it <paramref name="displayPath"/> in diagnostics and stack traces.</summary>
    /// <exception cref="StrategyCompilationException">The script has errors or no single usable strategy.</exception>
    public CompiledStrategy Compile(string displayPath, string sourceText, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(displayPath);
        ArgumentNullException.ThrowIfNull(sourceText);

        string sourceHash = ContentHash.Of(sourceText);
        if (Options.Cache is not { } cache) return Load(displayPath, sourceHash, CompileImage(displayPath, sourceText, cancellationToken), fromCache: false);

        string key = CompileCacheKey.For(sourceHash, displayPath, Options, Options.Toolchain ?? ScriptToolchainIdentity.Current);
        if (cache.TryGet(key, out var cached)) return Load(displayPath, sourceHash, cached!, fromCache: true);
        var image = CompileImage(displayPath, sourceText, cancellationToken);
        var strategy = Load(displayPath, sourceHash, image, fromCache: false);
        // Stored only once it loaded and defines a usable strategy: the cache never holds a failure.
        cache.Store(key, image);
        return strategy;
    }

    private static CompiledStrategy Load(string displayPath, string sourceHash, CompiledImage image, bool fromCache) =>
        StrategyLoader.Load(displayPath, image.Image, symbols: null, sourceHash, image.Warnings, fromCache: fromCache);

    /// <summary>Parses, checks (sandbox), injects budgets and emits; throws <see cref="StrategyCompilationException"/> on errors.</summary>
    private CompiledImage CompileImage(string displayPath, string sourceText, CancellationToken cancellationToken)
    {
        string sourceHash = ContentHash.Of(sourceText);
        // An encoding is required to embed the text in the PDB; SHA-256 is the checksum debuggers verify.
        var text = SourceText.From(sourceText, Encoding.UTF8, SourceHashAlgorithm.Sha256);
        var scriptTree = CSharpSyntaxTree.ParseText(text, ParseOptions, displayPath, cancellationToken);
        var compilation = CSharpCompilation.Create(
            AssemblyNameFor(displayPath, sourceHash),
            [scriptTree, ScriptGlobalUsings.CreateSyntaxTree(ParseOptions)],
            ScriptReferences.MetadataReferences,
            CompilationOptions);

        var embedded = text;
        var written = compilation;
        IEnumerable<Diagnostic>? originalDiagnostics = null;
        if (Options.Sandboxed)
        {
            originalDiagnostics = ThrowOnErrorOrViolation(compilation, displayPath, cancellationToken);
            (compilation, embedded) = BudgetInjection.Apply(compilation, scriptTree, cancellationToken);
        }

        using var image = new MemoryStream();
        var result = compilation.Emit(
            image,
            options: EmitOptions,
            embeddedTexts: [EmbeddedText.FromSource(displayPath, embedded)],
            cancellationToken: cancellationToken);

        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);
            throw new StrategyCompilationException(displayPath, ScriptDiagnosticFormatter.FormatInSourceOrder(errors, displayPath));
        }
        var persistErrors = PersistFieldCheck.Validate(written, scriptTree, cancellationToken);
        if (persistErrors.Count > 0)
            throw new StrategyCompilationException(displayPath, ScriptDiagnosticFormatter.FormatInSourceOrder(persistErrors, displayPath));
        // Warnings of a guarded script come from the code as written, so their columns are the user's.
        var warnings = ScriptDiagnosticFormatter.FormatInSourceOrder(
            (originalDiagnostics ?? result.Diagnostics).Where(d => d.Severity == DiagnosticSeverity.Warning && !d.IsSuppressed), displayPath);
        return new CompiledImage(image.ToArray(), warnings);
    }

    /// <summary>
    /// Reports compile errors, then sandbox violations, before anything is emitted. The sandbox judges bound
    /// symbols, so it only runs on code that compiles (errors in unbound code would be guesses). Returns the
    /// compilation's diagnostics (its warnings).
    /// </summary>
    private static Diagnostic[] ThrowOnErrorOrViolation(CSharpCompilation compilation, string displayPath, CancellationToken cancellationToken)
    {
        var diagnostics = compilation.GetDiagnostics(cancellationToken).ToArray();
        var compileErrors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (compileErrors.Length > 0)
            throw new StrategyCompilationException(displayPath, ScriptDiagnosticFormatter.FormatInSourceOrder(compileErrors, displayPath));
        var violations = ScriptSandbox.Default.Validate(compilation, cancellationToken);
        if (violations.Count > 0)
            throw new StrategyCompilationException(displayPath, ScriptDiagnosticFormatter.FormatInSourceOrder(violations, displayPath));
        return diagnostics;
    }

    /// <summary>A readable, unique assembly name: the file name plus a short source hash.</summary>
    private static string AssemblyNameFor(string displayPath, string sourceHash)
    {
        var name = new StringBuilder("Script.");
        foreach (char c in Path.GetFileNameWithoutExtension(displayPath))
            name.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        return name.Append('.').Append(sourceHash, 0, 16).ToString();
    }
}
