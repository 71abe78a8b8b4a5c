using System.Globalization;
using Microsoft.CodeAnalysis;

namespace OmniAlpha.Scripting;

/// <summary>
/// Formats diagnostics exactly as <c>csc</c> prints them (<c>path(line,col): error CS1002: message</c>, 1-based,
/// invariant culture) so editors and CI log parsers pick them up.
/// </summary>
internal static class ScriptDiagnosticFormatter
{
    /// <summary>Formats a Roslyn diagnostic; one without a source location is attributed to <paramref name="displayPath"/>.</summary>
    public static string Format(Diagnostic diagnostic, string displayPath)
    {
        string severity = SeverityText(diagnostic);
        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        if (!diagnostic.Location.IsInSource)
            return FormatWithoutLocation(displayPath, severity, diagnostic.Id, message);

        // The mapped span honours #line directives, as the compiler's own output does.
        var span = diagnostic.Location.GetMappedLineSpan();
        var start = span.StartLinePosition;
        string path = string.IsNullOrEmpty(span.Path) ? displayPath : span.Path;
        return string.Create(CultureInfo.InvariantCulture,
            $"{path}({start.Line + 1},{start.Character + 1}): {severity} {diagnostic.Id}: {message}");
    }

    /// <summary>Formats an error that belongs to the file as a whole, e.g. <c>SmaCross.cs: error OA0001: ...</c>.</summary>
    public static string FormatFileError(string displayPath, string id, string message) =>
        FormatWithoutLocation(displayPath, "error", id, message);

    /// <summary>Formats and orders <paramref name="diagnostics"/> by position in the source (stable for ties).</summary>
    public static IReadOnlyList<string> FormatInSourceOrder(IEnumerable<Diagnostic> diagnostics, string displayPath) =>
        diagnostics
            .OrderBy(d => d.Location.IsInSource ? 1 : 0) // file-level diagnostics first, as csc prints them
            .ThenBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .Select(d => Format(d, displayPath))
            .ToArray();

    private static string FormatWithoutLocation(string path, string severity, string id, string message) =>
        $"{path}: {severity} {id}: {message}";

    private static string SeverityText(Diagnostic diagnostic) => diagnostic.Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
