namespace OmniAlpha.Server;

/// <summary>Settings of <c>GET /api/events</c> (Server-Sent Events).</summary>
public sealed class EventStreamOptions
{
    /// <summary>Least time between two snapshots sent to one client; newer snapshots replace unsent ones.</summary>
    public TimeSpan MinInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>A comment line is sent after this long without a snapshot, so proxies and clients see the stream alive.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);
}
