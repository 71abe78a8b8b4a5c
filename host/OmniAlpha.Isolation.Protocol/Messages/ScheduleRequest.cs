using MessagePack;

namespace OmniAlpha.Isolation.Protocol.Messages;

/// <summary>W: register a scheduled callback that the host will trigger with <see cref="CallbackId"/>.</summary>
[MessagePackObject]
public sealed class ScheduleRequest
{
    /// <summary>Worker-side callback id.</summary>
    [Key(0)] public int CallbackId { get; set; }
    /// <summary>Period of an every-n-bars schedule.</summary>
    [Key(1)] public int Bars { get; set; }
    /// <summary>Time of day of a daily schedule, ticks.</summary>
    [Key(2)] public long TimeOfDayTicks { get; set; }
    /// <summary>IANA zone of a daily schedule (null: the first symbol's exchange zone).</summary>
    [Key(3)] public string? TimeZone { get; set; }
}
