namespace OmniAlpha.Scripting;

/// <summary>
/// A strategy script could not be turned into a runnable strategy: it does not compile, or it does not define
/// exactly one usable <c>Strategy</c> subclass. Each entry of <see cref="Diagnostics"/> is one line formatted
/// like the C# compiler's output, e.g. <c>SmaCross.cs(12,9): error CS1002: ; expected</c>.
/// </summary>
public sealed class StrategyCompilationException : Exception
{
    /// <summary>Creates the exception for <paramref name="displayPath"/> with its error lines in source order.</summary>
    public StrategyCompilationException(string displayPath, IReadOnlyList<string> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        DisplayPath = displayPath;
        Diagnostics = diagnostics;
    }

    /// <summary>The script's path as shown in the diagnostics.</summary>
    public string DisplayPath { get; }

    /// <summary>One formatted line per error, in source order.</summary>
    public IReadOnlyList<string> Diagnostics { get; }
}
