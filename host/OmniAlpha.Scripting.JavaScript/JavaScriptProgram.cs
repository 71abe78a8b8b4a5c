using System.Security.Cryptography;
using System.Text;
using Acornima;
using Jint;

namespace OmniAlpha.Scripting.JavaScript;

/// <summary>
/// A parsed JavaScript strategy file: its source, name (the file name without extension, used in reports and client
/// order ids like a C# class name), content hash and Jint's prepared (parsed once, strict mode) program, which every
/// <see cref="JavaScriptStrategy"/> made from it shares.
/// </summary>
public sealed class JavaScriptProgram
{
    private JavaScriptProgram(string displayPath, string source, Prepared<Acornima.Ast.Script> prepared)
    {
        DisplayPath = displayPath;
        Source = source;
        Prepared = prepared;
        Name = Path.GetFileNameWithoutExtension(displayPath);
        SourceHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)));
    }

    /// <summary>The path as shown in diagnostics.</summary>
    public string DisplayPath { get; }

    /// <summary>The strategy's name: the file name without extension.</summary>
    public string Name { get; }

    /// <summary>The script text.</summary>
    public string Source { get; }

    /// <summary>SHA-256 of the UTF-8 source, lower-case hex.</summary>
    public string SourceHash { get; }

    internal Prepared<Acornima.Ast.Script> Prepared { get; }

    /// <summary>Reads and parses <paramref name="path"/>.</summary>
    /// <exception cref="JavaScriptCompilationException">The file is not valid JavaScript.</exception>
    public static JavaScriptProgram Load(string path) => Parse(path, File.ReadAllText(path));

    /// <summary>Parses <paramref name="source"/>, reporting errors against <paramref name="displayPath"/>.</summary>
    /// <exception cref="JavaScriptCompilationException">The source is not valid (strict-mode) JavaScript; one <c>JS1001</c> line.</exception>
    public static JavaScriptProgram Parse(string displayPath, string source)
    {
        ArgumentNullException.ThrowIfNull(displayPath);
        ArgumentNullException.ThrowIfNull(source);
        try
        {
            return new JavaScriptProgram(displayPath, source, Engine.PrepareScript(source, displayPath, strict: true));
        }
        catch (ScriptPreparationException e) when (e.InnerException is ParseErrorException parse)
        {
            string message = parse.Description ?? parse.Message;
            throw new JavaScriptCompilationException(displayPath,
                [JavaScriptCompilationException.Format(displayPath, Math.Max(parse.LineNumber, 1), parse.Column + 1, JavaScriptErrorCodes.SyntaxError, message)], e);
        }
    }
}
