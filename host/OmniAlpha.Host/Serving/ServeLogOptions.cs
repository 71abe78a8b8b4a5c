namespace OmniAlpha.Host.Serving;

/// <summary>The <c>Serve:Logs</c> section: the rolling log files in <c>&lt;data dir&gt;/logs/omnialpha-YYYYMMDD.log</c>.</summary>
internal sealed class ServeLogOptions
{
    /// <summary>A file rolls over to a new one (same day, suffix _001...) past this size.</summary>
    public long FileSizeLimitBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>How many log files are kept (the oldest are deleted).</summary>
    public int RetainedFileCount { get; set; } = 14;

    /// <summary>Write log files at all (the console sink is always on).</summary>
    public bool WriteFiles { get; set; } = true;
}
