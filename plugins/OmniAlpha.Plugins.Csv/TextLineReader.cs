namespace OmniAlpha.Plugins.Csv;

/// <summary>
/// Reads lines from a <see cref="TextReader"/> as spans over one reusable buffer, so a large file is read
/// without allocating a string per line. Accepts <c>\n</c> and <c>\r\n</c> endings and drops a leading BOM.
/// </summary>
internal sealed class TextLineReader
{
    private readonly TextReader _reader;
    private char[] _buffer = new char[1 << 16];
    private int _start;
    private int _end;
    private int _scanned;
    private bool _endOfInput;
    private bool _atFirstLine = true;

    public TextLineReader(TextReader reader) => _reader = reader;

    /// <summary>Returns the next line without its ending; the span is valid until the next call.</summary>
    public bool TryReadLine(out ReadOnlySpan<char> line)
    {
        while (true)
        {
            int newline = _buffer.AsSpan(_scanned, _end - _scanned).IndexOf('\n');
            if (newline >= 0)
            {
                int length = _scanned + newline - _start;
                line = Finish(_buffer.AsSpan(_start, length));
                _start += length + 1;
                _scanned = _start;
                return true;
            }
            _scanned = _end;
            if (_endOfInput)
            {
                if (_start == _end)
                {
                    line = default;
                    return false;
                }
                line = Finish(_buffer.AsSpan(_start, _end - _start));
                _start = _scanned = _end;
                return true;
            }
            Fill();
        }
    }

    private ReadOnlySpan<char> Finish(ReadOnlySpan<char> line)
    {
        if (line.Length > 0 && line[^1] == '\r') line = line[..^1];
        if (_atFirstLine)
        {
            _atFirstLine = false;
            if (line.Length > 0 && line[0] == '\uFEFF') line = line[1..];
        }
        return line;
    }

    private void Fill()
    {
        if (_start > 0)
        {
            // Keep the partial line, move it to the front.
            int pending = _end - _start;
            Array.Copy(_buffer, _start, _buffer, 0, pending);
            _scanned -= _start;
            _end = pending;
            _start = 0;
        }
        if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        int read = _reader.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _endOfInput = true;
        else _end += read;
    }
}
