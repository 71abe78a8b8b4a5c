namespace OmniAlpha.Host.Tests.Support;

/// <summary>A report CSV read back: its header and rows (RFC 4180, one row per line).</summary>
internal sealed class ReportTable
{
    private ReportTable(string[] header, IReadOnlyList<string[]> rows)
    {
        Header = header;
        Rows = rows;
    }

    public string[] Header { get; }

    public IReadOnlyList<string[]> Rows { get; }

    public static ReportTable Read(string path)
    {
        var lines = File.ReadAllLines(path);
        Assert.NotEmpty(lines);
        return new ReportTable(lines[0].Split(','), lines.Skip(1).Select(SplitRow).ToArray());
    }

    /// <summary>The values of column <paramref name="name"/>, top to bottom.</summary>
    public IReadOnlyList<string> Column(string name)
    {
        int index = Array.IndexOf(Header, name);
        Assert.True(index >= 0, $"no column '{name}' in [{string.Join(",", Header)}]");
        return Rows.Select(r => r[index]).ToArray();
    }

    // RFC 4180: a field holding a comma or a quote (e.g. a rejection reason) is quoted, quotes doubled.
    private static string[] SplitRow(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields.ToArray();
    }
}
