namespace OmniAlpha.Sdk.Data;

/// <summary>Malformed input data, located precisely: <c>file:line: field: problem</c>.</summary>
public sealed class DataFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DataFormatException(string file, int line, string field, string problem)
        : base($"{file}:{line}: {field}: {problem}")
    {
        File = file;
        Line = line;
        Field = field;
        Problem = problem;
    }

    /// <summary>File the data came from.</summary>
    public string File { get; }

    /// <summary>1-based line number in that file.</summary>
    public int Line { get; }

    /// <summary>Column (field) that is wrong.</summary>
    public string Field { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
