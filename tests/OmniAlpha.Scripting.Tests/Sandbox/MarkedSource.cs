namespace OmniAlpha.Scripting.Tests.Sandbox;

/// <summary>
/// A script whose expected error position is marked inline with <c>⟦</c>: the marker is removed and its
/// 1-based line and column kept, so each case states where the error must point, next to the code.
/// </summary>
internal sealed record MarkedSource(string Text, int Line, int Column)
{
    public const char Marker = '⟦';

    public static MarkedSource Parse(string marked)
    {
        int index = marked.IndexOf(Marker, StringComparison.Ordinal);
        if (index < 0 || marked.IndexOf(Marker, index + 1) >= 0)
            throw new ArgumentException("a hostile script needs exactly one ⟦ marker", nameof(marked));
        string before = marked[..index];
        int line = before.Count(c => c == '\n') + 1;
        int column = index - (before.LastIndexOf('\n') + 1) + 1;
        return new MarkedSource(marked.Remove(index, 1), line, column);
    }
}
