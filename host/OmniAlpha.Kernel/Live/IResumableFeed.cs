namespace OmniAlpha.Kernel.Live;

/// <summary>A feed that can start playing strictly after a data time (a replay), so a restart continues where the journal ended.</summary>
public interface IResumableFeed
{
    /// <summary>Starts playback of the subscribed symbols with the first bars ending after <paramref name="afterUtc"/> (null: from the start).</summary>
    void StartAfter(DateTime? afterUtc);
}
