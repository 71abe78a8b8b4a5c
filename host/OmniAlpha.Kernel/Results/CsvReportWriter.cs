using System.Text;

namespace OmniAlpha.Kernel.Results;

/// <summary>Writes RFC 4180 CSV with <c>\n</c> line ends and UTF-8 without BOM, so files are byte-stable across platforms.</summary>
internal sealed class CsvReportWriter : IDisposable
{
    private readonly StreamWriter _writer;
    private bool _firstField = true;

    public CsvReportWriter(string path, params string[] header)
    {
        _writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        foreach (var name in header) Field(name);
        EndRow();
    }

    public CsvReportWriter Field(string value)
    {
        if (!_firstField) _writer.Write(',');
        _firstField = false;
        if (value.AsSpan().IndexOfAny(",\"\n\r") >= 0)
        {
            _writer.Write('"');
            _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
            _writer.Write('"');
        }
        else
        {
            _writer.Write(value);
        }
        return this;
    }

    public void EndRow()
    {
        _writer.Write('\n');
        _firstField = true;
    }

    public void Dispose() => _writer.Dispose();
}
