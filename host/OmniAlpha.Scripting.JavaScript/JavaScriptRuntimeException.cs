namespace OmniAlpha.Scripting.JavaScript;

/// <summary>
/// A JavaScript strategy threw (a script error, or an API call it made with bad arguments and did not catch). The
/// message leads with the script position, e.g. <c>SmaCross.js(12,5): TypeError: Cannot read properties of null</c>;
/// the engine wraps it with the strategy, callback and time like any strategy exception.
/// </summary>
public sealed class JavaScriptRuntimeException : Exception
{
    /// <summary>Creates the exception for an error at <paramref name="line"/>/<paramref name="column"/> (1-based) of <paramref name="file"/>.</summary>
    public JavaScriptRuntimeException(string file, int line, int column, string error, string? javaScriptStackTrace, Exception? inner = null)
        : base($"{file}({line},{column}): {error}", inner)
    {
        File = file;
        Line = line;
        Column = column;
        Error = error;
        JavaScriptStackTrace = javaScriptStackTrace;
    }

    /// <summary>The script file as shown in diagnostics.</summary>
    public string File { get; }

    /// <summary>1-based line of the throwing statement.</summary>
    public int Line { get; }

    /// <summary>1-based column.</summary>
    public int Column { get; }

    /// <summary>The JavaScript error as text, e.g. <c>RangeError: quantity must be a finite number</c>.</summary>
    public string Error { get; }

    /// <summary>The script's call stack when it threw, if Jint recorded one.</summary>
    public string? JavaScriptStackTrace { get; }
}
