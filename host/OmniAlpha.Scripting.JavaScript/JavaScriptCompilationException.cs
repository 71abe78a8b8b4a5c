namespace OmniAlpha.Scripting.JavaScript;

/// <summary>
/// A JavaScript strategy file cannot be loaded: a syntax error, an error while its top level ran, or no strategy
/// callback defined. Each entry of <see cref="Diagnostics"/> is one line in the compiler format the C# scripts use,
/// e.g. <c>SmaCross.js(12,9): error JS1001: Unexpected token ')'</c> (codes in <see cref="JavaScriptErrorCodes"/>).
/// </summary>
public sealed class JavaScriptCompilationException : Exception
{
    /// <summary>Creates the exception for <paramref name="displayPath"/> with its error lines.</summary>
    public JavaScriptCompilationException(string displayPath, IReadOnlyList<string> diagnostics, Exception? inner = null)
        : base(string.Join(Environment.NewLine, diagnostics), inner)
    {
        DisplayPath = displayPath;
        Diagnostics = diagnostics;
    }

    /// <summary>The script's path as shown in the diagnostics.</summary>
    public string DisplayPath { get; }

    /// <summary>One formatted line per error.</summary>
    public IReadOnlyList<string> Diagnostics { get; }

    /// <summary>Formats one diagnostic line (1-based <paramref name="line"/> and <paramref name="column"/>).</summary>
    public static string Format(string displayPath, int line, int column, string code, string message) =>
        $"{displayPath}({line},{column}): error {code}: {message}";
}
