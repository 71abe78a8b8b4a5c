using OmniAlpha.Sdk.Data;

namespace OmniAlpha.Plugins.Csv;

/// <summary>One problem found in a CSV file, located as <c>file:line: field: problem</c>.</summary>
/// <param name="File">File the row came from, as the caller named it.</param>
/// <param name="Line">1-based line number (the header is line 1).</param>
/// <param name="Field">Column that is wrong (<c>header</c> or <c>row</c> when no single column is to blame).</param>
/// <param name="Problem">What is wrong, quoting the offending text where there is one.</param>
public sealed record CsvRowIssue(string File, int Line, string Field, string Problem)
{
    /// <summary>The exception that reports this issue under <see cref="BadRowPolicy.Fail"/>.</summary>
    public DataFormatException ToException() => new(File, Line, Field, Problem);

    /// <summary>The issue as <c>file:line: field: problem</c>, the same text as the exception message.</summary>
    public override string ToString() => $"{File}:{Line}: {Field}: {Problem}";
}
