using System.Diagnostics.Tracing;

namespace OmniAlpha.Benchmarks.Live;

/// <summary>
/// A light in-process allocation profile: the runtime's GC AllocationTick event fires about every 100 KB allocated on a
/// thread and names the type that crossed the threshold, so summing the ticks per type estimates who allocates.
/// </summary>
public sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> _bytesByType = [];
    private readonly Lock _lock = new();
    private volatile bool _recording;

    /// <summary>Starts counting (ticks before this are ignored, e.g. data generation).</summary>
    public void Start() => _recording = true;

    /// <summary>Stops counting.</summary>
    public void Stop() => _recording = false;

    /// <summary>The <paramref name="count"/> types with the most sampled bytes, MB, largest first.</summary>
    public IReadOnlyList<AllocationShare> Top(int count)
    {
        lock (_lock)
        {
            long total = Math.Max(1, _bytesByType.Values.Sum());
            return [.. _bytesByType.OrderByDescending(p => p.Value).Take(count)
                .Select(p => new AllocationShare(p.Key, p.Value / 1048576.0, (double)p.Value / total))];
        }
    }

    /// <inheritdoc />
    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
    }

    /// <inheritdoc />
    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_recording || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal)) return;
        if (eventData.Payload is null || eventData.PayloadNames is null) return;
        int typeIndex = eventData.PayloadNames.IndexOf("TypeName");
        int amountIndex = eventData.PayloadNames.IndexOf("AllocationAmount64");
        if (amountIndex < 0) amountIndex = eventData.PayloadNames.IndexOf("AllocationAmount");
        if (typeIndex < 0 || amountIndex < 0) return;
        string type = eventData.Payload[typeIndex] as string ?? "?";
        long bytes = Convert.ToInt64(eventData.Payload[amountIndex], System.Globalization.CultureInfo.InvariantCulture);
        lock (_lock) _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + bytes;
    }
}
