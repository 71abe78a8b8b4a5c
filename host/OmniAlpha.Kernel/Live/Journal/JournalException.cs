namespace OmniAlpha.Kernel.Live.Journal;

/// <summary>A journal could not be read or written; the message names the journal file and what failed.</summary>
public sealed class JournalException : Exception
{
    /// <summary>Creates the exception.</summary>
    public JournalException(string message, Exception? inner = null) : base(message, inner) { }
}
